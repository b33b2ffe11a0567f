package app.switchboard.ui.common.fx;

import java.net.URL;

/** Every FXML file of the application, in one place. Load them with {@link ViewLoader}. */
public enum FxmlView {
    SHELL("shell/shell.fxml"),
    ENTITIES("entities/entities.fxml"),
    SUBSCRIPTIONS("subscriptions/subscriptions.fxml"),
    REVIEW("review/review.fxml"),
    ACTIVITY("activity/activity.fxml"),
    REQUESTS("requests/requests.fxml"),
    SETTINGS("settings/settings.fxml");

    private static final String ROOT = "/app/switchboard/ui/";

    private final String path;

    FxmlView(String path) {
        this.path = path;
    }

    /** The view's bundle, beside its FXML file: {@code entities/entities.fxml} → {@code entities}. */
    public String bundleName() {
        return path.substring(0, path.indexOf('/'));
    }

    public String resourcePath() {
        return ROOT + path;
    }

    public URL url() {
        URL url = FxmlView.class.getResource(resourcePath());
        if (url == null) {
            throw new IllegalStateException("The view file " + resourcePath() + " is missing from the build");
        }
        return url;
    }
}
