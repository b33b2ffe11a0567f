package app.switchboard.ui.find;

import app.switchboard.credentials.Environment;
import app.switchboard.find.FindKind;
import app.switchboard.find.Found;
import app.switchboard.ui.common.fx.Messages;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * The Ctrl+K window: one field over everything in the current environment, results grouped by
 * kind under a band in the environment's colour. Up and Down pick, Enter opens, Escape closes;
 * the mouse is never needed. The servers are asked once typing pauses.
 */
public final class FindWindow {
    /** Long enough not to ask the servers on every key, short enough to feel immediate. */
    private static final Duration TYPING_PAUSE = Duration.millis(250);

    private final FindViewModel model;
    private final Messages messages;
    private final Consumer<Found> open;
    private final Stage stage = new Stage();
    private final TextField field = new TextField();
    private final ListView<Found> list = new ListView<>();
    /** What the operator chose with the keys or the mouse; a server answer arriving later keeps it chosen. */
    private Found picked;

    public FindWindow(FindViewModel model, Messages messages, Window owner, Consumer<Found> open) {
        this.model = model;
        this.messages = messages;
        this.open = open;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.initStyle(StageStyle.UTILITY);
        stage.setTitle(messages.get("find.title"));
        stage.setScene(new Scene(build(), 640, 460));
        if (owner != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
            stage.getScene().getStylesheets().add(FindWindow.class.getResource("find.css").toExternalForm());
        }
        stage.setOnHidden(e -> model.close());
    }

    private VBox build() {
        Environment environment = model.environment();
        Label band = new Label(messages.get("find.band", environment == null ? "" : environment.name()));
        band.setId("findBand");
        band.getStyleClass().add("find-band");
        band.setMaxWidth(Double.MAX_VALUE);
        if (environment != null && environment.colour() != null) {
            band.setStyle("-fx-background-color: " + environment.colour() + ";");
        }
        field.setId("findField");
        field.setPromptText(messages.get("find.prompt"));
        field.setAccessibleText(messages.get("find.prompt"));
        ProgressIndicator asking = new ProgressIndicator();
        asking.setPrefSize(18, 18);
        asking.visibleProperty().bind(model.searchingProperty());
        HBox.setHgrow(field, Priority.ALWAYS);
        HBox input = new HBox(8, field, asking);
        Label status = new Label();
        status.setId("findStatus");
        status.setWrapText(true);
        status.getStyleClass().add("find-status");
        status.textProperty().bind(model.statusProperty());
        list.setId("findResults");
        list.setItems(model.results());
        list.setAccessibleText(messages.get("find.results"));
        list.setCellFactory(view -> new ResultCell());
        list.setFocusTraversable(false);
        VBox.setVgrow(list, Priority.ALWAYS);
        PauseTransition pause = new PauseTransition(TYPING_PAUSE);
        pause.setOnFinished(e -> model.askServer());
        field.textProperty().addListener((obs, old, now) -> {
            picked = null;
            model.type(now);
            if (!model.results().isEmpty()) {
                list.getSelectionModel().select(0);
            }
            pause.playFromStart();
        });
        model.results().addListener((javafx.collections.ListChangeListener<Found>) change -> keepPick());
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        list.setOnMouseClicked(e -> {
            picked = list.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2) {
                openSelected();
            }
        });
        model.type("");
        VBox root = new VBox(8, band, input, status, list);
        root.setPadding(new Insets(0, 12, 12, 12));
        root.setId("findWindow");
        root.getStyleClass().add("find-window");
        return root;
    }

    private void keys(KeyEvent event) {
        int selected = list.getSelectionModel().getSelectedIndex();
        switch (event.getCode()) {
            case DOWN -> move(Math.min(selected + 1, model.results().size() - 1));
            case UP -> move(Math.max(selected - 1, 0));
            case ENTER -> openSelected();
            case ESCAPE -> stage.hide();
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void move(int index) {
        if (index >= 0) {
            list.getSelectionModel().select(index);
            list.scrollTo(index);
            picked = list.getSelectionModel().getSelectedItem();
        }
    }

    /**
     * The list keeps the selected position when results change; a server answer sorting in above
     * the pick would put another item under it, and Enter would open what nobody chose. The pick
     * stays selected where it went; gone from the list, nothing is.
     */
    private void keepPick() {
        List<Found> results = model.results();
        if (picked == null) {
            if (list.getSelectionModel().getSelectedIndex() < 0 && !results.isEmpty()) {
                list.getSelectionModel().select(0);
            }
            return;
        }
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).kind() == picked.kind() && results.get(i).id().equals(picked.id())) {
                list.getSelectionModel().select(i);
                return;
            }
        }
        list.getSelectionModel().clearSelection();
    }

    private void openSelected() {
        Found chosen = list.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            stage.hide();
            // opened once the window is gone: building a view (Review's takes a while) inside the
            // key press let GTK hand the next keys to the closed window, which crashed the JVM
            Platform.runLater(() -> open.accept(chosen));
        }
    }

    public void show() {
        stage.show();
        field.requestFocus();
    }

    public Stage stage() {
        return stage;
    }

    public FindViewModel model() {
        return model;
    }

    /** Title and detail; the kind's heading above the first result of each kind. */
    private final class ResultCell extends ListCell<Found> {
        private final Label heading = new Label();
        private final Label title = new Label();
        private final Label detail = new Label();
        private final VBox lines = new VBox(2);

        ResultCell() {
            heading.getStyleClass().add("find-kind");
            title.getStyleClass().add("find-title");
            detail.getStyleClass().add("find-detail");
            heading.setMaxWidth(Double.MAX_VALUE);
            Environment environment = model.environment();
            if (environment != null && environment.colour() != null) {
                heading.setStyle("-fx-border-color: " + environment.colour() + "; -fx-text-fill: " + environment.colour() + ";");
            }
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Found found, boolean empty) {
            super.updateItem(found, empty);
            setText(null);
            if (empty || found == null) {
                setGraphic(null);
                return;
            }
            int index = getIndex();
            boolean first = index == 0 || index > 0 && index - 1 < model.results().size()
                    && model.results().get(index - 1).kind() != found.kind();
            heading.setText(kindName(found.kind()));
            title.setText(found.item().title());
            String where = found.matched() == null ? "" : messages.get("find.field."
                    + found.matched().field().name().toLowerCase(java.util.Locale.ROOT)) + ": " + found.matched().value();
            String source = found.source() == Found.Source.SERVER ? messages.get("find.fromServer") : "";
            detail.setText(String.join(" · ", java.util.stream.Stream.of(found.item().detail(), where, source)
                    .filter(part -> part != null && !part.isBlank()).toList()));
            lines.getChildren().setAll(first ? java.util.List.of(heading, title, detail) : java.util.List.of(title, detail));
            setGraphic(lines);
            setAccessibleText(kindName(found.kind()) + ": " + found.item().title() + ", " + detail.getText());
        }
    }

    private String kindName(FindKind kind) {
        return messages.get("find.kind." + kind.name().toLowerCase(java.util.Locale.ROOT));
    }
}
