package app.switchboard.ui;

import app.switchboard.AppContext;
import app.switchboard.AppPaths;
import app.switchboard.cli.VersionInfo;
import app.switchboard.ui.shell.ShellWindow;
import javafx.application.Application;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: builds the {@link AppContext} and opens the shell on the Demo environment. */
public class SwitchboardApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(SwitchboardApp.class);

    private AppContext context;

    @Override
    public void init() {
        AppPaths paths = AppPaths.fromSystem();
        LOG.info("Switchboard {} starting on Java {}; config in {}, data in {}", VersionInfo.version(),
                System.getProperty("java.version"), paths.config(), paths.data());
        context = AppContext.create(paths);
    }

    @Override
    public void start(Stage stage) {
        context.errors().installAsUncaughtHandler();
        StartupProbe.install(stage);
        new ShellWindow(context).open(stage);
    }

    @Override
    public void stop() {
        context.close();
        LOG.info("Switchboard stopped");
    }
}
