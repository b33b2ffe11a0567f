package app.switchboard.approvals;

import app.switchboard.team.TeamDatabase;
import app.switchboard.team.TeamException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens on a NOTIFY channel on a connection of its own and runs a callback for each batch of
 * notifications. After a lost connection it reconnects and calls back once, because changes made
 * while it was away were never announced to it.
 */
final class RequestListener implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RequestListener.class);
    private static final int WAIT_MS = 250;
    private static final long RETRY_MS = 2_000;

    private final TeamDatabase database;
    private final String channel;
    private final Runnable onChange;
    private final ExecutorService thread;
    private volatile boolean closed;

    private RequestListener(TeamDatabase database, String channel, Runnable onChange) {
        this.database = database;
        this.channel = channel;
        this.onChange = onChange;
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "team-listen-" + channel);
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts listening; fails at once when the database cannot be reached now. */
    static RequestListener start(TeamDatabase database, String channel, Runnable onChange) throws RequestException {
        RequestListener listener = new RequestListener(database, channel, onChange);
        Connection first = listener.open();
        listener.thread.execute(() -> listener.run(first));
        return listener;
    }

    private Connection open() throws RequestException {
        try {
            Connection connection = database.connect();
            try (Statement sql = connection.createStatement()) {
                sql.execute("listen " + channel);
            }
            return connection;
        } catch (TeamException e) {
            throw new RequestException(RequestException.Kind.UNAVAILABLE, e.words(), e);
        } catch (SQLException e) {
            throw new RequestException(RequestException.Kind.UNAVAILABLE, database.explain(e).words(), e);
        }
    }

    private void run(Connection first) {
        Connection connection = first;
        while (!closed) {
            try {
                if (connection == null) {
                    connection = open();
                    notifySafely();
                }
                PGNotification[] notifications = connection.unwrap(PGConnection.class).getNotifications(WAIT_MS);
                if (notifications != null && notifications.length > 0) {
                    notifySafely();
                }
            } catch (RequestException | SQLException e) {
                LOG.debug("Listening on {} interrupted: {}", channel, e.getMessage());
                closeQuietly(connection);
                connection = null;
                pause();
            }
        }
        closeQuietly(connection);
    }

    private void notifySafely() {
        try {
            onChange.run();
        } catch (RuntimeException e) {
            LOG.warn("A change-request listener failed", e);
        }
    }

    private void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(RETRY_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already gone
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.shutdownNow();
    }
}
