package app.switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.connect.ApiConnector;
import app.switchboard.credentials.InMemorySecretStore;
import app.switchboard.ops.EnvironmentConnection;
import app.switchboard.sandbox.SandboxConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SelfTestCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(CommandLine commandLine, String... args) {
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void passesAgainstTheBuiltInSandboxAndPrintsOneLine() {
        int exit = run(SwitchboardCommand.commandLine(), "--self-test");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString().lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("self-test passed in ")
                .contains("DER Connect signed in", "switched CaptureChargeSessions", "Fynn listed",
                        "switched entitlement"));
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void isAlsoASubcommandNamedSelfTest() {
        assertThat(SwitchboardCommand.commandLine().getSubcommands()).containsKey("self-test");
    }

    @Test
    void failsWithTheReasonAndWithoutTheSecretWhenDerConnectRefusesTheSignIn() {
        String wrongSecret = "not-the-sandbox-secret-0815";
        InMemorySecretStore secrets = new InMemorySecretStore();
        SelfTestCommand selfTest = new SelfTestCommand(http -> environment -> {
            EnvironmentConnection demo = new ApiConnector(http, secrets, SandboxConfig::defaults).connect(environment);
            secrets.put(demo.environment().derSecretKey(), wrongSecret);
            return demo;
        });

        int exit = run(new CommandLine(selfTest), new String[0]);

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).startsWith("self-test failed: DER Connect")
                .contains("did not accept the credentials").doesNotContain(wrongSecret);
    }
}
