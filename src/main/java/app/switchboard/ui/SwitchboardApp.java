package app.switchboard.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

public class SwitchboardApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("Switchboard");
        stage.setScene(new Scene(new Label("Switchboard"), 800, 600));
        StartupProbe.install(stage);
        stage.show();
    }
}
