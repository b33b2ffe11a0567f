package app.switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.credentials.DemoEnvironment;
import app.switchboard.credentials.Environment;
import app.switchboard.credentials.InMemorySecretStore;
import app.switchboard.derconnect.DerConnectApi;
import app.switchboard.derconnect.HttpDerConnectApi;
import app.switchboard.fynn.FynnApi;
import app.switchboard.fynn.HttpFynnApi;
import app.switchboard.ops.EnvironmentConnection;
import app.switchboard.sandbox.Sandbox;
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
        SelfTestCommand selfTest = new SelfTestCommand(http -> ignored -> {
            Sandbox sandbox = Sandbox.start(SandboxConfig.defaults());
            Environment demo = DemoEnvironment.at(sandbox.baseUrl(), sandbox.clientId());
            InMemorySecretStore secrets = new InMemorySecretStore();
            secrets.put(demo.derSecretKey(), wrongSecret);
            secrets.put(demo.fynnKeyKey(), sandbox.fynnApiKey());
            DerConnectApi der = HttpDerConnectApi.forEnvironment(demo, secrets, http);
            FynnApi fynn = HttpFynnApi.forEnvironment(demo, secrets, http);
            return new EnvironmentConnection() {
                @Override
                public Environment environment() {
                    return demo;
                }

                @Override
                public DerConnectApi der() {
                    return der;
                }

                @Override
                public FynnApi fynn() {
                    return fynn;
                }

                @Override
                public void close() {
                    sandbox.close();
                }
            };
        });

        int exit = run(new CommandLine(selfTest), new String[0]);

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).startsWith("self-test failed: DER Connect").doesNotContain(wrongSecret);
    }
}
