package app.switchboard.ui.common.table;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The centred icon, heading and sentence a view shows while it has nothing to list. Usable from
 * FXML: {@code <EmptyStatePane fx:id="emptyState" iconLiteral="mdi2e-ev-station"/>}.
 */
public class EmptyStatePane extends VBox {
    private final FontIcon icon = new FontIcon();
    private final Label heading = new Label();
    private final Label message = new Label();

    public EmptyStatePane() {
        getStyleClass().add("empty-state");
        setAlignment(Pos.CENTER);
        setSpacing(12);
        setFillWidth(false);
        icon.getStyleClass().add("empty-state-icon");
        heading.getStyleClass().add("empty-state-heading");
        message.getStyleClass().add("empty-state-message");
        message.setWrapText(true);
        message.setMaxWidth(520);
        heading.setId("emptyStateHeading");
        message.setId("emptyStateMessage");
        getChildren().addAll(icon, heading, message);
    }

    public String getIconLiteral() {
        return icon.getIconLiteral();
    }

    public void setIconLiteral(String literal) {
        icon.setIconLiteral(literal);
    }

    public void bind(ObservableValue<EmptyState> state) {
        heading.textProperty().bind(state.map(EmptyState::heading));
        message.textProperty().bind(state.map(EmptyState::message));
    }
}
