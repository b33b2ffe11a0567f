package app.switchboard.cli;

import app.switchboard.client.SharedHttp;
import app.switchboard.connect.ApiConnector;
import app.switchboard.credentials.DemoEnvironment;
import app.switchboard.credentials.InMemorySecretStore;
import app.switchboard.ops.EnvironmentConnection;
import app.switchboard.ops.EnvironmentConnector;
import app.switchboard.ops.EnvironmentUnavailableException;
import app.switchboard.sandbox.SandboxConfig;
import app.switchboard.selftest.ActivityLogCheck;
import app.switchboard.selftest.ChangeEngineCheck;
import app.switchboard.selftest.CheckResult;
import app.switchboard.selftest.NetworkCheck;
import app.switchboard.selftest.SecondProcess;
import app.switchboard.selftest.SecretStoreCheck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import picocli.CommandLine.Command;

/**
 * {@code switchboard --self-test}: proves an installation works without opening a window. Checks
 * the proxy and certificate set-up, a toggle and its undo on both APIs of the Demo sandbox through
 * the change engine, the activity log with a second process appending at once (in a throwaway
 * folder), and the real secret store with a throwaway key. One line per check; exit code 0 only
 * when all passed.
 */
@Command(name = "self-test", aliases = "--self-test", mixinStandardHelpOptions = true,
        description = {"Check this installation: proxy and certificate set-up, a switch and its undo on both APIs of "
                + "the built-in sandbox, the activity log with two processes writing at once, and the secret store "
                + "(with a throwaway secret that is removed again).",
                "Where secrets live in the encrypted file, --passphrase-env unlocks it without a terminal."})
public final class SelfTestCommand extends CliCommand {
    private final CliSetup setup;
    private final Function<SharedHttp, EnvironmentConnector> connectors;
    private final SecondProcess secondProcess;

    SelfTestCommand(CliSetup setup) {
        this(setup, http -> new ApiConnector(http, new InMemorySecretStore(), SandboxConfig::defaults),
                SecondProcess.ofThisProgram());
    }

    SelfTestCommand(CliSetup setup, Function<SharedHttp, EnvironmentConnector> connectors, SecondProcess secondProcess) {
        super(setup);
        this.setup = setup;
        this.connectors = connectors;
        this.secondProcess = secondProcess;
    }

    @Override
    protected int run(CliContext context) throws IOException {
        long start = System.nanoTime();
        Path scratch = Files.createTempDirectory("switchboard-self-test");
        List<Supplier<CheckResult>> checks = List.of(
                () -> NetworkCheck.run(() -> context.http().tls(), System.getProperty("os.name", "")),
                () -> changeEngine(context, scratch.resolve("engine-activity")),
                () -> ActivityLogCheck.run(scratch.resolve("activity"), secondProcess),
                () -> SecretStoreCheck.run(context.secrets()));
        List<String> failed = new ArrayList<>();
        try {
            for (Supplier<CheckResult> check : checks) {
                CheckResult result = check.get();
                out().println(result.line());
                out().flush();
                if (!result.passed()) {
                    failed.add(result.name());
                }
            }
        } finally {
            deleteQuietly(scratch);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (failed.isEmpty()) {
            out().println("self-test passed in " + millis + " ms: " + checks.size() + " checks");
            return ExitCodes.OK;
        }
        err().println("self-test failed: " + failed.size() + " of " + checks.size() + " checks (" + String.join(", ", failed) + ")");
        return 1;
    }

    private CheckResult changeEngine(CliContext context, Path activity) {
        try (EnvironmentConnection demo = connectors.apply(context.http()).connect(DemoEnvironment.placeholder())) {
            return ChangeEngineCheck.run(demo, activity, setup.clock());
        } catch (EnvironmentUnavailableException e) {
            return CheckResult.failed(ChangeEngineCheck.NAME, e.getMessage());
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a scan of the temporary folder may still hold a file; the OS cleans it up later
        }
    }
}
