package app.switchboard.ui.subscriptions;

import app.switchboard.ui.common.table.EmptyState;
import app.switchboard.ui.common.table.EmptyStatePane;
import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * What covers a list while it has nothing to show: a spinner while loading, an explanation when
 * nothing matched or there is no connection, and the server's reason with Retry after a failure.
 * Hidden (and click-through) while the list shows rows, and during the first moment of a load.
 */
final class LoadOverlay extends StackPane {
    private static final Duration SPINNER_DELAY = Duration.millis(200);
    private final VBox loading = new VBox();
    private final EmptyStatePane empty = new EmptyStatePane();
    private final VBox failed = new VBox();

    /**
     * @param emptyState what to say for {@link LoadState#EMPTY} and {@link LoadState#NOT_CONNECTED},
     *                   re-read whenever the state changes
     */
    LoadOverlay(String idPrefix, DelayedLoading delayed, String loadingText, String iconLiteral,
                Supplier<EmptyState> emptyState, String errorHeading, ObservableStringValue problem,
                String retryText, Runnable retry) {
        ReadOnlyObjectProperty<LoadState> state = delayed.stateProperty();
        getStyleClass().add("load-overlay");
        setId(idPrefix + "Overlay");
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(42, 42);
        Label loadingLabel = new Label(loadingText);
        loading.getChildren().addAll(spinner, loadingLabel);
        loading.getStyleClass().add("loading-box");
        loading.setId(idPrefix + "Loading");

        empty.setIconLiteral(iconLiteral);
        empty.setId(idPrefix + "Empty");
        empty.bind(Bindings.createObjectBinding(emptyState::get, state));

        Message message = new Message(errorHeading, "", new FontIcon("mdi2a-alert-circle-outline"));
        message.getStyleClass().add(Styles.DANGER);
        message.descriptionProperty().bind(problem);
        message.setId(idPrefix + "Problem");
        Button retryButton = new Button(retryText, new FontIcon("mdi2r-refresh"));
        retryButton.setId(idPrefix + "Retry");
        retryButton.setOnAction(event -> retry.run());
        retryButton.setAccessibleText(retryText + ": " + errorHeading);
        failed.getChildren().addAll(message, retryButton);
        failed.getStyleClass().add("error-box");
        failed.setId(idPrefix + "Failed");

        getChildren().addAll(loading, empty, failed);
        // a fast load keeps the old rows in view; the spinner comes only once loading lasts
        PauseTransition moment = new PauseTransition(SPINNER_DELAY);
        moment.setOnFinished(event -> delayed.lasted());
        state.addListener((obs, old, now) -> {
            if (now == LoadState.LOADING) {
                moment.playFromStart();
            } else {
                moment.stop();
            }
        });
        if (state.get() == LoadState.LOADING) {
            moment.playFromStart();
        }
        loading.visibleProperty().bind(delayed.shownProperty());
        empty.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> state.getValue() == LoadState.EMPTY || state.getValue() == LoadState.NOT_CONNECTED, state));
        failed.visibleProperty().bind(Bindings.equal(state, LoadState.FAILED));
        visibleProperty().bind(Bindings.createBooleanBinding(() -> state.get() == LoadState.LOADING
                ? delayed.shownProperty().get() : state.get() != LoadState.SHOWING, state, delayed.shownProperty()));
    }
}
