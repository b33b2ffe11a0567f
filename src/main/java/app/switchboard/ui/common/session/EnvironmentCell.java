package app.switchboard.ui.common.session;

import app.switchboard.credentials.Environment;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.session.EnvironmentBanner;
import app.switchboard.ui.common.session.RiskWords;
import javafx.scene.control.ListCell;
import javafx.scene.shape.Circle;

/** An environment in the switcher: its colour as a dot, its name and its risk level. */
public final class EnvironmentCell extends ListCell<Environment> {
    private final Messages messages;

    public EnvironmentCell(Messages messages) {
        this.messages = messages;
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
        setText(environment.name().equalsIgnoreCase(risk) ? environment.name() : environment.name() + "  ·  " + risk);
        Circle dot = new Circle(5, EnvironmentBanner.colourOf(environment.colour()));
        dot.getStyleClass().add("environment-dot");
        setGraphic(dot);
        setAccessibleText(getText());
    }
}
