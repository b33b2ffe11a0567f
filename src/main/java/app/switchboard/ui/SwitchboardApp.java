package app.switchboard.ui;

import app.switchboard.AppContext;
import app.switchboard.about.VersionInfo;
import app.switchboard.memory.IdleCollection;
import app.switchboard.paths.AppPaths;
import app.switchboard.ui.shell.ShellWindow;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import app.switchboard.links.ConsoleHandoff;
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

    /** A {@code switchboard://} link the console was started with, opened once the window is there. */
    private static volatile String startLink;

    /** The lock the launcher claimed before the toolkit started, so no second start slips in meanwhile. */
    private static volatile ConsoleHandoff startHandoff;

    private AppContext context;
    private ConsoleHandoff handoff;
    private Optional<IdleCollection> idleCollection = Optional.empty();

    /**
     * Starts the GUI. Building the context (logging, settings, stores, HTTP client) does not need the
     * JavaFX toolkit, so it runs beside the toolkit's own start-up instead of after it.
     */
    /** Starts the GUI and opens {@code link} in it (the operating system opened a link and no console ran). */
    public static void launchConsole(String[] args, String link, ConsoleHandoff claimed) {
        startLink = link;
        startHandoff = claimed;
        launchConsole(args);
    }

    public static void launchConsole(String[] args) {
        java.util.logging.Logger javafx = ClassPathStart.quietenUnnamedModuleWarning();
        ExecutorService builder = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = Executors.defaultThreadFactory().newThread(runnable);
            thread.setName("switchboard-startup");
            thread.setDaemon(true);
            return thread;
        });
        prepared = CompletableFuture.supplyAsync(SwitchboardApp::createContext, builder);
        builder.shutdown();
        // loading JNA takes about as long as the toolkit's start, which the context outlasts: it
        // goes beside the context rather than before it, and before JavaFX starts GTK
        GdkProbing.turnOff();
        Application.launch(SwitchboardApp.class, args);
        // the filter lives as long as its logger, which java.util.logging holds weakly
        java.lang.ref.Reference.reachabilityFence(javafx);
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
        idleCollection = IdleCollection.start();
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
        ShellWindow window = new ShellWindow(context);
        window.open(stage);
        // this is the user's console now: links opened later arrive here instead of starting another
        ConsoleHandoff claimed = startHandoff;
        startHandoff = null;
        handoff = claimed != null ? window.receiveLinks(claimed) : window.receiveLinks().orElse(null);
        // macOS hands a clicked link to the running application as an event, not as an argument.
        // Only there: asking AWT elsewhere loads its native library, which the Linux runtime leaves
        // out (pom.xml, --exclude-files), and the installed console then failed to start.
        if (System.getProperty("os.name", "").startsWith("Mac") && java.awt.Desktop.isDesktopSupported()
                && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.APP_OPEN_URI)) {
            java.awt.Desktop.getDesktop().setOpenURIHandler(event -> javafx.application.Platform.runLater(
                    () -> window.controller().openLink(event.getURI().toString())));
        }
        String link = startLink;
        startLink = null;
        if (link != null) {
            window.controller().openLink(link);
        }
    }

    @Override
    public void stop() {
        if (handoff != null) {
            handoff.close();
        }
        idleCollection.ifPresent(IdleCollection::close);
        context.close();
        LoggerFactory.getLogger(SwitchboardApp.class).info("Switchboard stopped");
    }
}
