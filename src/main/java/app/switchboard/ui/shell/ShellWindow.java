package app.switchboard.ui.shell;

import app.switchboard.AppContext;
import app.switchboard.settings.SettingsStore;
import app.switchboard.settings.WindowBounds;
import app.switchboard.ui.common.fx.FxmlView;
import app.switchboard.ui.common.fx.ViewLoader.LoadedView;
import java.io.InputStream;
import app.switchboard.links.ConsoleHandoff;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;

/**
 * Puts the shell into a stage: loads it, applies the icon, puts the window where it was last time
 * (if that is still on a screen) and remembers where it is when it closes.
 */
public final class ShellWindow {
    /** A first start uses most of the screen: support work is wide tables beside a detail panel. */
    static final double FIRST_START_SHARE = 0.9;
    private static final String STYLESHEET = "/app/switchboard/ui/shell/shell.css";
    private static final List<Integer> ICON_SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    private final AppContext context;
    private ShellController controller;
    private WindowBounds normalBounds;

    public ShellWindow(AppContext context) {
        this.context = context;
    }

    public ShellController controller() {
        return controller;
    }

    /**
     * Makes this window the user's one console: links another start hands over open here (empty
     * when another console already is). Close what it returns when the window goes.
     */
    public Optional<ConsoleHandoff> receiveLinks() {
        return ConsoleHandoff.claim(context.paths().data(), link -> Platform.runLater(() -> controller.openLink(link)));
    }

    /** The same with the lock the launcher claimed already; links that came meanwhile open now. */
    public ConsoleHandoff receiveLinks(ConsoleHandoff claimed) {
        claimed.deliverTo(link -> Platform.runLater(() -> controller.openLink(link)));
        return claimed;
    }

    public void open(Stage stage) {
        LoadedView<ShellController> shell = context.views().load(FxmlView.SHELL);
        controller = shell.controller();
        Scene scene = new Scene(shell.root());
        scene.getStylesheets().add(ShellWindow.class.getResource(STYLESHEET).toExternalForm());
        controller.installShortcuts(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(controller.model().titleProperty());
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        // decoding the icon PNGs is no work for the thread that is about to build the first frame
        CompletableFuture.supplyAsync(ShellWindow::loadIcons)
                .thenAcceptAsync(icons -> stage.getIcons().setAll(icons), Platform::runLater)
                .exceptionally(failure -> {
                    LoggerFactory.getLogger(ShellWindow.class).warn("The window icons could not be read", failure);
                    return null;
                });
        place(stage, context.settings().current().window());
        trackNormalBounds(stage);
        stage.setOnHiding(e -> remember(stage, context.settings()));
        controller.model().start();
        stage.show();
        // nothing in particular has focus at first, rather than a focus ring on the environment switcher
        scene.getRoot().requestFocus();
    }

    private void place(Stage stage, WindowBounds saved) {
        if (saved != null && onSomeScreen(saved)) {
            stage.setX(saved.x());
            stage.setY(saved.y());
            stage.setWidth(saved.width());
            stage.setHeight(saved.height());
            stage.setMaximized(saved.maximized());
            normalBounds = saved;
            return;
        }
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.round(screen.getWidth() * FIRST_START_SHARE);
        double height = Math.round(screen.getHeight() * FIRST_START_SHARE);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setX(screen.getMinX() + (screen.getWidth() - width) / 2);
        stage.setY(screen.getMinY() + (screen.getHeight() - height) / 2);
    }

    /** Bounds of a window that was on a monitor since unplugged would open it out of reach. */
    private static boolean onSomeScreen(WindowBounds bounds) {
        return bounds.width() > 0 && bounds.height() > 0
                && !Screen.getScreensForRectangle(bounds.x(), bounds.y(), bounds.width(), bounds.height()).isEmpty();
    }

    /** A maximized window reports the screen's size; remember the size it had before. */
    private void trackNormalBounds(Stage stage) {
        Runnable update = () -> {
            if (!stage.isMaximized() && !stage.isIconified()) {
                normalBounds = new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
            }
        };
        stage.xProperty().addListener(o -> update.run());
        stage.yProperty().addListener(o -> update.run());
        stage.widthProperty().addListener(o -> update.run());
        stage.heightProperty().addListener(o -> update.run());
    }

    private void remember(Stage stage, SettingsStore settings) {
        if (normalBounds == null) {
            return;
        }
        WindowBounds bounds = new WindowBounds(normalBounds.x(), normalBounds.y(), normalBounds.width(),
                normalBounds.height(), stage.isMaximized());
        settings.update(s -> s.withWindow(bounds));
    }

    /** The app icon in every size the build has; the window simply has none if they are missing. */
    private static List<Image> loadIcons() {
        return ICON_SIZES.stream()
                .map(size -> ShellWindow.class.getResourceAsStream("/app/switchboard/icons/switchboard-" + size + ".png"))
                .filter(java.util.Objects::nonNull)
                .map(ShellWindow::readImage)
                .filter(image -> !image.isError())
                .toList();
    }

    private static Image readImage(InputStream in) {
        try (in) {
            return new Image(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
