package app.switchboard.ui.common.session;

import app.switchboard.credentials.Environment;
import app.switchboard.credentials.EnvironmentOrigin;
import java.util.function.Function;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.session.EnvironmentBanner;
import app.switchboard.ui.common.session.RiskWords;
import javafx.scene.control.ListCell;
import javafx.scene.shape.Circle;

/** An environment in the switcher: its colour as a dot, its name, its risk level and whether it comes from the team. */
public final class EnvironmentCell extends ListCell<Environment> {
    private final Messages messages;
    private final Function<Environment, EnvironmentOrigin> origin;

    public EnvironmentCell(Messages messages) {
        this(messages, e -> EnvironmentOrigin.LOCAL);
    }

    /** @param origin whether an environment was made here or comes from the team ("from team", "edited here") */
    public EnvironmentCell(Messages messages, Function<Environment, EnvironmentOrigin> origin) {
        this.messages = messages;
        this.origin = origin;
    }

    @Override
    protected void updateItem(Environment environment, boolean empty) {
        super.updateItem(environment, empty);
        if (empty || environment == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        String risk = RiskWords.label(environment.risk(), messages);
        String text = environment.name().equalsIgnoreCase(risk) ? environment.name() : environment.name() + "  ·  " + risk;
        EnvironmentOrigin from = origin.apply(environment);
        setText(from.fromTeam() ? text + "  ·  " + messages.text(from.tag()) : text);
        Circle dot = new Circle(5, EnvironmentBanner.colourOf(environment.colour()));
        dot.getStyleClass().add("environment-dot");
        setGraphic(dot);
        setAccessibleText(getText());
    }
}
