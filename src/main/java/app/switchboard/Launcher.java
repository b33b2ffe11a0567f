package app.switchboard;

import app.switchboard.ui.SwitchboardApp;
import javafx.application.Application;

/**
 * Entry point. Does not extend {@link Application} so that JavaFX starts from a plain class path.
 * No arguments: the GUI; otherwise the command line.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(SwitchboardApp.class, args);
    }
}
