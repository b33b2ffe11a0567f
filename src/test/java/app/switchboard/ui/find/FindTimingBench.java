package app.switchboard.ui.find;

import app.switchboard.AppContext;
import app.switchboard.sandbox.DerEntity;
import app.switchboard.sandbox.FynnModel;
import app.switchboard.sandbox.Sandbox;
import app.switchboard.sandbox.SandboxConfig;
import app.switchboard.ui.a11y.ShellOnDemo;
import app.switchboard.ui.shell.ShellWindow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Ctrl+K's time to first results in the console on the Demo at the scale given by
 * {@code -Dfind.scale} (1 = the seed, 100 = 25,000 entities, 42,000 subscriptions): a VIN (found
 * among the loaded entities) and a customer's e-mail (found by Fynn's search after the typing
 * pause). Not a test; run with {@code -Dtest=FindTimingBench}. Prints medians of 7 runs.
 */
@ExtendWith(ApplicationExtension.class)
class FindTimingBench {
    private static final int RUNS = 7;

    @TempDir
    Path home;
    private AppContext context;
    private ShellWindow window;
    private final int scale = Integer.getInteger("find.scale", 1);

    @Start
    void start(Stage stage) {
        context = ShellOnDemo.builder(home, Locale.ENGLISH)
                .sandbox(SandboxConfig.builder().seed(7).scale(scale).build()).build();
        window = new ShellWindow(context);
        window.open(stage);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private Sandbox sandbox() {
        return ShellOnDemo.sandbox(context);
    }

    @Test
    void timeToFirstResults(FxRobot robot) throws Exception {
        ShellOnDemo.awaitEntities(robot, context);
        List<DerEntity> evs = sandbox().derStore().entities().stream().filter(e -> e.type().equals("EV")).toList();
        List<FynnModel.Customer> customers = sandbox().fynnStore().customers();
        List<Double> local = new ArrayList<>();
        List<Double> server = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            local.add(firstResultsMillis(robot, evs.get(evs.size() * run / RUNS).identifier()));
            server.add(firstResultsMillis(robot, customers.get(customers.size() * run / RUNS).email()));
        }
        System.out.printf(Locale.ROOT, "FIND scale %d: entities %d, subscriptions %d, customers %d%n", scale,
                sandbox().derStore().entities().size(), sandbox().fynnStore().subscriptions().size(), customers.size());
        System.out.printf(Locale.ROOT, "FIND scale %d: VIN (loaded) median %.1f ms %s%n", scale, median(local), local);
        System.out.printf(Locale.ROOT, "FIND scale %d: e-mail (server, incl. 250 ms typing pause) median %.1f ms %s%n",
                scale, median(server), server);
    }

    private double firstResultsMillis(FxRobot robot, String text) throws Exception {
        FindWindow[] find = new FindWindow[1];
        robot.interact(() -> find[0] = window.controller().showFind());
        robot.interact(() -> robot.lookup("#findField").queryAs(TextField.class).setText(text));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> find[0].model().firstResultsNanos() != null);
        double millis = find[0].model().firstResultsNanos() / 1e6;
        robot.interact(() -> find[0].stage().hide());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> context.tasks().running().isEmpty());
        return millis;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
