package app.switchboard.ui.common.fx;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads the views named in {@link FxmlView}, with controllers built by the {@link ControllerFactory}. */
public final class ViewLoader {
    private final ControllerFactory controllers;
    private final Messages messages;

    public ViewLoader(ControllerFactory controllers, Messages messages) {
        this.controllers = controllers;
        this.messages = messages;
    }

    public <C> LoadedView<C> load(FxmlView view) {
        FXMLLoader loader = new FXMLLoader(view.url());
        loader.setControllerFactory(controllers);
        loader.setResources(messages.bundle());
        try {
            Parent root = loader.load();
            return new LoadedView<>(root, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the view " + view.resourcePath(), e);
        }
    }

    /** A loaded view: its root node and its controller. */
    public record LoadedView<C>(Parent root, C controller) {
    }
}
