package app.switchboard.connect;

import app.switchboard.credentials.Environment;
import app.switchboard.ops.EnvironmentConnection;
import app.switchboard.ops.EnvironmentConnector;
import app.switchboard.ops.EnvironmentUnavailableException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Lets the console start connecting to the environment it opens on while the window is still
 * being built (for Demo: start and seed the sandbox, build the API clients). The session's own
 * {@link #connect} for that environment then takes over the connection under way instead of
 * starting a second one, and gets its result or its failure exactly as if it had connected itself.
 * A connection begun ahead that nobody takes (the operator chose another environment first) is
 * closed once it is open.
 */
public final class AheadConnector implements EnvironmentConnector, AutoCloseable {
    private final EnvironmentConnector delegate;
    private Ahead ahead;
    private boolean begun;

    public AheadConnector(EnvironmentConnector delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** Starts connecting to {@code environment} on {@code executor}; at most one connection is begun ahead. */
    public synchronized void begin(Environment environment, Executor executor) {
        if (begun) {
            return;
        }
        begun = true;
        ahead = new Ahead(environment, CompletableFuture.supplyAsync(() -> {
            try {
                return delegate.connect(environment);
            } catch (EnvironmentUnavailableException e) {
                throw new CompletionException(e);
            }
        }, executor));
    }

    @Override
    public EnvironmentConnection connect(Environment environment) throws EnvironmentUnavailableException {
        Ahead taken = take();
        if (taken == null) {
            return delegate.connect(environment);
        }
        if (!taken.environment().equals(environment)) {
            taken.discard();
            return delegate.connect(environment);
        }
        return taken.await();
    }

    @Override
    public synchronized Optional<EnvironmentConnection> takeOpen(Environment environment) {
        if (ahead == null || !ahead.environment().equals(environment) || !ahead.connecting().isDone()
                || ahead.connecting().isCompletedExceptionally()) {
            return Optional.empty();
        }
        return Optional.of(take().connecting().join());
    }

    /** Closes a connection begun ahead that was never taken. */
    @Override
    public void close() {
        Ahead taken = take();
        if (taken != null) {
            taken.discard();
        }
    }

    /** Only the first connect gets it; later ones (reconnect, switching back) connect afresh. */
    private synchronized Ahead take() {
        Ahead taken = ahead;
        ahead = null;
        return taken;
    }

    private record Ahead(Environment environment, CompletableFuture<EnvironmentConnection> connecting) {
        EnvironmentConnection await() throws EnvironmentUnavailableException {
            try {
                return connecting.join();
            } catch (CompletionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof EnvironmentUnavailableException unavailable) {
                    throw unavailable;
                }
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (cause instanceof Error error) {
                    throw error;
                }
                throw e;
            } catch (CancellationException e) {
                throw new EnvironmentUnavailableException("Connecting to " + environment.name() + " was cancelled.");
            }
        }

        void discard() {
            connecting.thenAccept(EnvironmentConnection::close);
        }
    }
}
