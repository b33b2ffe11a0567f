package app.switchboard.cli;

import app.switchboard.paths.AppPaths;
import app.switchboard.sandbox.SandboxConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * Runs the command line as a user would, in a temporary Switchboard home, with captured output.
 * The Demo sandbox is seeded against a fixed clock and known credentials, so tests can look for
 * them in everything the command line leaves behind.
 */
final class CliHarness {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);
    static final String DEMO_SECRET = "demo-client-secret-7c1f9e";
    static final String DEMO_KEY = "sbx_live_demo-key-4be820";

    record Result(int code, String out, String err) {
        String all() {
            return out + err;
        }
    }

    final Path home;
    final AppPaths paths;
    final Map<String, String> variables = new HashMap<>();
    Terminal terminal = Terminal.NONE;
    String stdin = "";

    CliHarness(Path home) {
        this.home = home;
        this.paths = new AppPaths(home.resolve("config"), home.resolve("data"));
    }

    static SandboxConfig demoSandbox() {
        return SandboxConfig.builder().clock(CLOCK).clientSecret(DEMO_SECRET).fynnApiKey(DEMO_KEY).build();
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliSetup setup = new CliSetup(() -> paths, terminal, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                variables::get, demoSandbox(), CLOCK);
        CommandLine cli = SwitchboardCommand.commandLine(setup);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /**
     * Adds an environment (risk test) with the two secrets typed on standard input, in the encrypted
     * secret file unlocked by the passphrase in $SB_PASS.
     */
    Result addEnvironment(String name, String derApiUrl, String derTokenUrl, String clientId, String fynnUrl,
                          String clientSecret, String fynnKey, String passphrase) {
        variables.put("SB_PASS", passphrase);
        stdin = clientSecret + "\n" + fynnKey + "\n";
        Result added = run("env", "add", name, "--risk", "test", "--der-api-url", derApiUrl, "--der-token-url", derTokenUrl,
                "--der-client-id", clientId, "--fynn-url", fynnUrl, "--secrets-from-stdin", "--passphrase-env", "SB_PASS");
        stdin = "";
        return added;
    }

    /** A command line in {@code home} with the environment "Fake" pointing at {@code server} (DER under /der, Fynn under /fynn). */
    static CliHarness withFakeEnvironment(Path home, app.switchboard.testsupport.FakeServer server, String passphrase) {
        CliHarness cli = new CliHarness(home);
        Result added = cli.addEnvironment("Fake", server.url("/der"), server.url(app.switchboard.testsupport.TestEnvironments.TOKEN_PATH),
                "client", server.url("/fynn"), app.switchboard.testsupport.TestEnvironments.CLIENT_SECRET,
                app.switchboard.testsupport.TestEnvironments.FYNN_KEY, passphrase);
        if (added.code() != 0) {
            throw new IllegalStateException("env add failed: " + added.all());
        }
        return cli;
    }

    /** {@link #run} in {@code environment}, its secrets unlocked by the passphrase in $SB_PASS. */
    Result runIn(String environment, String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 4);
        all[args.length] = "--env";
        all[args.length + 1] = environment;
        all[args.length + 2] = "--passphrase-env";
        all[args.length + 3] = "SB_PASS";
        return run(all);
    }

    /** The text of every file the command line wrote below its home (settings, environments, activity, logs). */
    String filesText() {
        try (Stream<Path> files = Files.walk(home)) {
            StringBuilder text = new StringBuilder();
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                text.append(Files.readString(file, StandardCharsets.ISO_8859_1)).append('\n');
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Path> files() {
        try (Stream<Path> files = Files.walk(home)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
