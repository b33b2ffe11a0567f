package app.switchboard.ui.team;

import app.switchboard.team.TeamLogStatus;
import app.switchboard.team.TeamMode;
import app.switchboard.ui.common.fx.Messages;
import java.time.ZoneId;
import java.util.concurrent.Executor;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/**
 * The team log's place in the status bar: "Team log: up to date", "12 waiting", "offline since
 * 14:02". Hidden while no team database is set up, so a console without one looks as before.
 */
public final class TeamStatusView {
    private final TeamMode team;
    private final Executor fx;
    private final Messages messages;
    private final ZoneId zone;

    public TeamStatusView(TeamMode team, Executor fx, Messages messages, ZoneId zone) {
        this.team = team;
        this.fx = fx;
        this.messages = messages;
        this.zone = zone;
    }

    public void bind(Label label) {
        team.onStatus(status -> fx.execute(() -> show(label, status)));
    }

    /**
     * Runs {@code action} on the JavaFX thread with every change of the team database's status (the
     * replicator reports from its own thread), e.g. so that the Requests view loads once the database comes.
     */
    public void onStatus(Runnable action) {
        team.onStatus(status -> fx.execute(action));
    }

    private void show(Label label, TeamLogStatus status) {
        boolean used = status.state() != TeamLogStatus.State.LOCAL_ONLY;
        label.setVisible(used);
        label.setManaged(used);
        label.setText(status.words(zone).in(messages.locale()));
        label.getStyleClass().removeAll("state-ok", "state-problem", "state-pending");
        label.getStyleClass().add(switch (status.state()) {
            case UP_TO_DATE -> "state-ok";
            case OFFLINE, REFUSED -> "state-problem";
            default -> "state-pending";
        });
        label.setTooltip(status.problem() == null ? null : new Tooltip(status.problem().in(messages.locale())));
    }
}
