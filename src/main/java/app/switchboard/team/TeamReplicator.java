package app.switchboard.team;

import app.switchboard.audit.ActivityLog;
import app.switchboard.audit.ActivityLogException;
import app.switchboard.audit.LogPosition;
import app.switchboard.audit.LoggedLine;
import app.switchboard.text.Words;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ships this computer's activity log to the team log. The local log stays first: entries are on
 * disk before anything is sent, so a database that is down loses nothing, it only delays. Every
 * round reads the local log from the high-water mark (entries the command line wrote too), ships
 * them in order in batches, each batch one transaction, idempotently by entry id, and moves the
 * mark after the commit. While the database is unreachable it retries with a growing pause.
 */
public final class TeamReplicator implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TeamReplicator.class);

    /**
     * How often to look for new local entries, how long to wait between attempts while offline, and
     * how many entries go in one transaction.
     */
    public record Timing(Duration poll, Duration firstRetry, Duration maxRetry, int batch) {
        public static Timing defaults() {
            return new Timing(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(30), 1000);
        }
    }

    private final ActivityLog log;
    private final TeamDatabase database;
    private final ReplicationMark mark;
    private final String teamLog;
    private final String desk;
    private final Clock clock;
    private final Timing timing;
    private final ScheduledExecutorService scheduler;
    private final List<Consumer<TeamLogStatus>> listeners = new CopyOnWriteArrayList<>();
    private volatile TeamLogStatus status = TeamLogStatus.connecting(0);

    // touched only on the scheduler's one thread
    private Connection connection;
    private boolean schemaChecked;
    private Duration retry;
    private Instant offlineSince;
    private ScheduledFuture<?> next;
    /** The refused entries' ids as the mark keeps them, read again every round (two consoles of one desk share it). */
    private List<String> refused = List.of();
    /** Why the last entry refused by this console was refused; null when those counted were refused before it started. */
    private Words refusal;

    public TeamReplicator(ActivityLog log, TeamDatabase database, ReplicationMark mark, Clock clock, Timing timing) {
        this.log = Objects.requireNonNull(log, "log");
        this.database = Objects.requireNonNull(database, "database");
        this.mark = Objects.requireNonNull(mark, "mark");
        this.teamLog = database.settings().describe() + "#" + database.settings().user();
        this.desk = TeamDesk.name(database.settings());
        this.clock = clock;
        this.timing = timing;
        this.retry = timing.firstRetry();
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = Executors.defaultThreadFactory().newThread(runnable);
            thread.setName("switchboard-team-replicator");
            thread.setDaemon(true);
            return thread;
        });
        // closing must not wait for the next poll or retry, which may be 30 s away
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.scheduler = executor;
    }

    /** Starts shipping in the background; returns at once, also when the database is unreachable. */
    public void start() {
        scheduler.execute(this::round);
    }

    public TeamLogStatus status() {
        return status;
    }

    /** Called with every new status, on the replicator's thread. */
    public void onStatus(Consumer<TeamLogStatus> listener) {
        listeners.add(listener);
        listener.accept(status);
    }

    /** Ships what is waiting now and waits for it (the command line before it exits; tests). */
    public TeamLogStatus shipNow() throws InterruptedException {
        try {
            scheduler.submit(this::round).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Team log round failed", e.getCause());
        }
        return status;
    }

    private void round() {
        ReplicationMark.Reached reached = mark.read(teamLog);
        refused = reached.refused();
        LogPosition at = reached.position();
        try {
            long waiting = log.countAfter(at);
            Connection open = connection();
            boolean shipped = false;
            while (true) {
                List<LoggedLine> batch = log.after(at, timing.batch());
                if (batch.isEmpty()) {
                    break;
                }
                shipped = true;
                List<String> refusedNow = noteRefused(TeamActivityWriter.ship(open, batch, desk));
                at = batch.get(batch.size() - 1).next();
                reached = reached.then(at, refusedNow);
                refused = reached.refused();
                mark.write(teamLog, reached);
                waiting = Math.max(0, waiting - batch.size());
                publish(TeamLogStatus.shipped(waiting));
            }
            // with nothing to ship no statement ran: ask, so a database that went away is said to be offline
            if (!shipped && !open.isValid(TeamAddress.CONNECT_TIMEOUT_SECONDS)) {
                throw new SQLException("The connection to the team database was lost", "08006");
            }
            offlineSince = null;
            retry = timing.firstRetry();
            publish(TeamLogStatus.shipped(log.countAfter(at)));
            schedule(timing.poll());
        } catch (SQLException e) {
            failed(database.explain(e), at);
        } catch (TeamException e) {
            failed(e, at);
        } catch (ActivityLogException | java.io.UncheckedIOException e) {
            LOG.warn("Could not read the local activity log for the team log", e);
            schedule(timing.maxRetry());
        } catch (RuntimeException e) {
            LOG.error("Team log round failed", e);
            closeConnection();
            schedule(timing.maxRetry());
        }
    }

    /**
     * A refused entry stays in the local log; the mark moves past it and keeps its id, so it is said
     * here, in the status and after a restart.
     */
    private List<String> noteRefused(List<TeamActivityWriter.Refused> entries) {
        List<String> ids = new ArrayList<>(entries.size());
        for (TeamActivityWriter.Refused entry : entries) {
            LOG.warn("The team database refused activity entry {}; it stays in this computer's log only: {}",
                    entry.entryId(), entry.reason().getMessage());
            ids.add(entry.entryId());
            refusal = database.explain(entry.reason()).words();
        }
        return ids;
    }

    private Connection connection() throws TeamException, SQLException {
        if (connection != null && !connection.isClosed()) {
            return connection;
        }
        if (!schemaChecked) {
            TeamSchema.migrate(database);
            schemaChecked = true;
        }
        connection = database.connect();
        return connection;
    }

    private void failed(TeamException problem, LogPosition at) {
        closeConnection();
        long waiting = countQuietly(at);
        boolean transient_ = problem.kind() == TeamException.Kind.OFFLINE || problem.kind() == TeamException.Kind.FAILED;
        if (transient_) {
            if (offlineSince == null) {
                offlineSince = clock.instant();
                LOG.info("Team log offline: {}", problem.getMessage());
            }
            publish(TeamLogStatus.offline(offlineSince, waiting, problem.words()));
            schedule(retry);
            retry = retry.multipliedBy(2).compareTo(timing.maxRetry()) > 0 ? timing.maxRetry() : retry.multipliedBy(2);
        } else {
            // settings, password, TLS or schema: nothing is written until someone changes them
            schemaChecked = false;
            LOG.warn("Team log not used: {}", problem.getMessage());
            publish(TeamLogStatus.refused(problem.words(), waiting));
            schedule(timing.maxRetry());
        }
    }

    private long countQuietly(LogPosition at) {
        try {
            return log.countAfter(at);
        } catch (RuntimeException e) {
            return status.waiting();
        }
    }

    private void schedule(Duration delay) {
        if (next != null) {
            next.cancel(false);
        }
        if (!scheduler.isShutdown()) {
            next = scheduler.schedule(this::round, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void publish(TeamLogStatus state) {
        TeamLogStatus now = refused.isEmpty() ? state : state.withRefused(refused.size(),
                refusal != null ? refusal : Words.of("team.refusal.earlier", refused.get(refused.size() - 1)));
        status = now;
        for (Consumer<TeamLogStatus> listener : listeners) {
            try {
                listener.accept(now);
            } catch (RuntimeException e) {
                // a listener's mistake must not stop the shipping
                LOG.warn("Team log status listener failed", e);
            }
        }
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already broken
            }
            connection = null;
        }
    }

    @Override
    public void close() {
        scheduler.execute(this::closeConnection);
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(5, TimeUnit.SECONDS)) {
                scheduler.shutdownNow();
            }
        } catch (InterruptedException e) {
            scheduler.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
