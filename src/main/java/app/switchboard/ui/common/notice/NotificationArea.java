package app.switchboard.ui.common.notice;

import app.switchboard.ui.common.fx.Messages;
import java.util.HashMap;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * The stack of notices over the top-right corner of the window, showing a {@link Notifier}. It
 * takes no room and lets clicks through where it has no card. Successes close after
 * {@link #SUCCESS_SECONDS} (unless the pointer rests on them); refusals and failures stay.
 */
public class NotificationArea extends VBox {
    static final double SUCCESS_SECONDS = 8;
    private static final String STYLESHEET = "/app/switchboard/ui/common/changes.css";

    private final Map<Notice, Node> cards = new HashMap<>();
    private Notifier notifier;
    private Messages messages;

    public NotificationArea() {
        getStyleClass().add("notification-area");
        getStylesheets().add(NotificationArea.class.getResource(STYLESHEET).toExternalForm());
        setSpacing(8);
        setAlignment(Pos.TOP_RIGHT);
        setPickOnBounds(false);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setFillWidth(false);
        setId("notifications");
    }

    /** Shows the notifier's notices from now on. Call once, on the JavaFX thread. */
    public void show(Notifier source, Messages texts) {
        this.notifier = source;
        this.messages = texts;
        source.notices().addListener((ListChangeListener<Notice>) change -> refresh());
        refresh();
    }

    private void refresh() {
        cards.keySet().retainAll(notifier.notices());
        getChildren().setAll(notifier.notices().stream().map(n -> cards.computeIfAbsent(n, this::card)).toList());
    }

    private Node card(Notice notice) {
        FontIcon icon = new FontIcon(iconOf(notice.kind()));
        icon.getStyleClass().add("notice-icon");
        Label title = new Label(notice.title());
        title.getStyleClass().add("notice-title");
        title.setGraphic(icon);
        Button close = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
        close.getStyleClass().addAll("flat", "notice-close");
        close.setAccessibleText(messages.get("changes.notice.close", notice.title()));
        close.setOnAction(e -> notifier.dismiss(notice));
        Pane gap = new Pane();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(6, title, gap, close);
        top.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label(notice.message());
        message.getStyleClass().add("notice-message");
        message.setWrapText(true);
        // a wrapped label in a VBox would otherwise be cut to one line with an ellipsis
        message.setMinHeight(USE_PREF_SIZE);
        VBox card = new VBox(4, top, message);
        if (notice.hasAction()) {
            Button action = new Button(notice.actionLabel());
            action.getStyleClass().addAll("notice-action", "button-outlined");
            action.setAccessibleText(notice.actionLabel() + ": " + notice.message());
            action.setOnAction(e -> {
                notifier.dismiss(notice);
                notice.action().run();
            });
            HBox actions = new HBox(action);
            actions.setAlignment(Pos.CENTER_RIGHT);
            card.getChildren().add(actions);
        }
        card.getStyleClass().addAll("notice", "notice-" + notice.kind().name().toLowerCase(java.util.Locale.ROOT));
        card.setAccessibleRole(AccessibleRole.TEXT);
        card.setAccessibleText(notice.title() + ": " + notice.message());
        card.setPrefWidth(380);
        card.setMaxWidth(380);
        if (notice.kind().closesByItself()) {
            closeLater(card, notice);
        }
        return card;
    }

    private void closeLater(Node card, Notice notice) {
        PauseTransition wait = new PauseTransition(Duration.seconds(SUCCESS_SECONDS));
        wait.setOnFinished(e -> {
            if (card.isHover()) {
                wait.playFromStart();
            } else {
                notifier.dismiss(notice);
            }
        });
        wait.play();
    }

    private static Ikon iconOf(Notice.Kind kind) {
        return switch (kind) {
            case SUCCESS -> MaterialDesignC.CHECK_CIRCLE_OUTLINE;
            case INFO -> MaterialDesignI.INFORMATION_OUTLINE;
            case REFUSED -> MaterialDesignM.MINUS_CIRCLE_OUTLINE;
            case FAILED -> MaterialDesignA.ALERT_OCTAGON_OUTLINE;
        };
    }
}
