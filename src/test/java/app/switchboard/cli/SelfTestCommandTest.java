package app.switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.connect.ApiConnector;
import app.switchboard.credentials.InMemorySecretStore;
import app.switchboard.network.SystemProxies;
import app.switchboard.ops.EnvironmentConnection;
import app.switchboard.sandbox.SandboxConfig;
import app.switchboard.selftest.SecondProcess;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@ExtendWith(SecretsInEncryptedFile.class)
class SelfTestCommandTest {
    @TempDir
    Path home;

    @BeforeAll
    static void systemProxiesAsTheLauncherSetsThem() {
        SystemProxies.honour();
    }

    @Test
    void everyCheckRunsAgainstTheRealPartsAndPrintsOkPerCheck() throws Exception {
        CliHarness cli = new CliHarness(home);
        cli.variables.put("SB_PASS", "self-test passphrase 1");

        CliHarness.Result result = cli.run("--self-test", "--passphrase-env", "SB_PASS");

        assertThat(result.code()).as(result.all()).isZero();
        assertThat(result.out().lines()).hasSize(5);
        assertThat(result.out()).contains("ok      proxy and certificates: system proxies in use",
                "ok      change engine on Demo: switched ", "and undid it, both recorded",
                "ok      activity log: appended and read back; this and a second process appended 50 entries each",
                "ok      secret store: stored, read back, renamed by case only and removed a throwaway secret in the Encrypted file")
                .contains("self-test passed in ");
        assertThat(result.err()).isEmpty();
        // the engine's entries went to a throwaway folder, not the user's activity log
        try (Stream<Path> files = Files.walk(home)) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith("activity-"))).isEmpty();
        }
    }

    @Test
    void isAlsoASubcommandNamedSelfTestAndItsHelperIsHidden() {
        CommandLine root = SwitchboardCommand.commandLine();
        assertThat(root.getSubcommands()).containsKey("self-test");
        StringWriter help = new StringWriter();
        root.usage(new PrintWriter(help));
        assertThat(help.toString()).doesNotContain("self-test-append");
    }

    @Test
    void aRefusedDemoSignInFailsThatCheckWithTheReasonWithoutTheSecretAndExitsNonZero() {
        String wrongSecret = "not-the-sandbox-secret-0815";
        InMemorySecretStore secrets = new InMemorySecretStore();
        CliHarness cli = new CliHarness(home);
        CliSetup setup = CliSetup.of(cli.paths, Terminal.NONE, new ByteArrayInputStream(new byte[0]),
                Map.of("SB_PASS", "pass phrase 2"), CliHarness.CLOCK);
        SelfTestCommand selfTest = new SelfTestCommand(setup, http -> environment -> {
            EnvironmentConnection demo = new ApiConnector(http, secrets, SandboxConfig::defaults).connect(environment);
            secrets.put(demo.environment().derSecretKey(), wrongSecret);
            return demo;
        }, SecondProcess.ofThisProgram());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(selfTest);
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));

        int exit = command.execute("--passphrase-env", "SB_PASS");

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).contains("FAILED  change engine on Demo: DER Connect")
                .contains("did not accept the credentials").doesNotContain(wrongSecret)
                .contains("ok      activity log").contains("ok      secret store");
        assertThat(err.toString()).isEqualTo("self-test failed: 1 of 4 checks (change engine on Demo)" + System.lineSeparator());
    }
}
