package app.switchboard.ui;

import app.switchboard.AppContext;
import app.switchboard.about.VersionInfo;
import app.switchboard.paths.AppPaths;
import app.switchboard.ui.shell.ShellWindow;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;

/** The JavaFX application: builds the {@link AppContext} and opens the shell on the Demo environment. */
public class SwitchboardApp extends Application {
    /**
     * The context {@link #launchConsole} began building before the toolkit started; null when the
     * application was launched otherwise (tests, tours). JavaFX makes the application object
     * itself, so this is the one way to hand it over.
     */
    private static volatile CompletableFuture<AppContext> prepared;

    private AppContext context;

    /**
     * Starts the GUI. Building the context (logging, settings, stores, HTTP client) does not need the
     * JavaFX toolkit, so it runs beside the toolkit's own start-up instead of after it.
     */
    public static void launchConsole(String[] args) {
        ExecutorService builder = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = Executors.defaultThreadFactory().newThread(runnable);
            thread.setName("switchboard-startup");
            thread.setDaemon(true);
            return thread;
        });
        prepared = CompletableFuture.supplyAsync(SwitchboardApp::createContext, builder);
        builder.shutdown();
        Application.launch(SwitchboardApp.class, args);
    }

    private static AppContext createContext() {
        AppPaths paths = AppPaths.fromSystem();
        LoggerFactory.getLogger(SwitchboardApp.class).info("Switchboard {} starting on Java {}; config in {}, data in {}",
                VersionInfo.version(), System.getProperty("java.version"), paths.config(), paths.data());
        return AppContext.create(paths);
    }

    @Override
    public void init() {
        CompletableFuture<AppContext> building = prepared;
        prepared = null;
        context = building == null ? createContext() : await(building);
        context.connectAhead();
    }

    private static AppContext await(CompletableFuture<AppContext> building) {
        try {
            return building.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
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
        LoggerFactory.getLogger(SwitchboardApp.class).info("Switchboard stopped");
    }
}
