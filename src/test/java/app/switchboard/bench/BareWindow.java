package app.switchboard.bench;

import app.switchboard.ui.StartupProbe;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up limit: a bare JavaFX window with one label, started the same way as the console
 * (a main class that is not the Application, as the console's Launcher) and timed by the same
 * probe ({@code -Dswitchboard.startupProbe=true}).
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            StartupProbe.install(stage);
            stage.setTitle("Bare window");
            stage.setScene(new Scene(new StackPane(new Label("Hello")), 1280, 800));
            stage.show();
        }
    }
}
