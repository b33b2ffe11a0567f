package app.switchboard.team;

import app.switchboard.audit.Api;
import app.switchboard.audit.SharedActivity.SharedChange;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * Live news from the team log: one connection that LISTENs on the channel the insert trigger
 * announces on, and hands each new entry to the listeners within a fraction of a second. Reconnects
 * with a growing pause while the database is away.
 */
final class TeamListener implements AutoCloseable {
    static final String CHANNEL = "switchboard_team_activity";
    /** Announced by the trigger on team_environment at every publish and unpublish. */
    static final String ENVIRONMENTS = "switchboard_team_environment";
    private static final Logger LOG = LoggerFactory.getLogger(TeamListener.class);
    private static final int WAIT_MILLIS = 250;
    private static final long MAX_PAUSE_MILLIS = 30_000;

    private final TeamDatabase database;
    private final String desk;
    private final TeamChanges listeners;
    private final ObjectMapper json = new ObjectMapper();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread t = Executors.defaultThreadFactory().newThread(runnable);
        t.setName("switchboard-team-listener");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean running = true;
    private volatile boolean listening;

    TeamListener(TeamDatabase database, TeamChanges listeners) {
        this.listeners = listeners;
        this.database = database;
        this.desk = TeamDesk.name(database.settings());
    }

    void start() {
        thread.execute(this::listen);
    }

    private void listen() {
        long pause = 500;
        while (running) {
            try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
                sql.execute("listen " + CHANNEL);
                sql.execute("listen " + ENVIRONMENTS);
                listening = true;
                pause = 500;
                // on every (re)connect: what the team published while this console was away
                listeners.environmentsChanged();
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] arrived = pg.getNotifications(WAIT_MILLIS);
                    if (arrived != null) {
                        boolean environments = false;
                        for (PGNotification notification : arrived) {
                            if (ENVIRONMENTS.equals(notification.getName())) {
                                environments = true;
                            } else {
                                announce(notification.getParameter());
                            }
                        }
                        if (environments) {
                            listeners.environmentsChanged();
                        }
                    }
                }
            } catch (SQLException | TeamException e) {
                boolean wasListening = listening;
                listening = false;
                if (!running) {
                    return;
                }
                if (wasListening) {
                    // the next reading of the team's environments finds the database away, and says so
                    listeners.environmentsChanged();
                }
                LOG.debug("Team log listener lost its connection; trying again in {} ms", pause, e);
                try {
                    TimeUnit.MILLISECONDS.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                pause = Math.min(pause * 2, MAX_PAUSE_MILLIS);
            }
        }
    }

    /** Whether announcements are being heard now. */
    boolean listening() {
        return listening;
    }

    private void announce(String payload) {
        SharedChange change;
        try {
            JsonNode node = json.readTree(payload);
            String from = text(node, "desk");
            change = new SharedChange(node.path("seq").asLong(), text(node, "environment"),
                    Api.valueOf(text(node, "api")), text(node, "targetId"), text(node, "item"), text(node, "operator"),
                    from, desk.equals(from));
        } catch (Exception e) {
            LOG.warn("Unreadable team log announcement", e);
            return;
        }
        listeners.announce(change);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    @Override
    public void close() {
        running = false;
        thread.shutdownNow();
    }
}
