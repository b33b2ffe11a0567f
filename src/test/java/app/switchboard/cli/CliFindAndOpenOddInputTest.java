package app.switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.testsupport.FakeServer;
import app.switchboard.testsupport.TestEnvironments;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A careless operator at the command line: {@code find} and {@code open} with odd input get words and an exit code, never a Java error. */
class CliFindAndOpenOddInputTest {
    @TempDir
    Path home;
    CliHarness cli;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(home);
    }

    @Test
    void findWithoutTextOrWithAnUnknownEnvironmentIsAUsageError() {
        assertThat(cli.run("find", "   ")).satisfies(r -> {
            assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).contains("Give the text to find.");
        });
        assertThat(cli.run("find", "--env", "Staging EU", "abc")).satisfies(r -> {
            assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).contains("There is no environment called \"Staging EU\"");
        });
    }

    @Test
    void findWithOddTextSaysNothingMatchesWithoutAJavaError() {
        for (String odd : new String[] {"%%%", "\u00fc\u00fc\u00fc", "x".repeat(100_000), "\u0000", "../../etc/passwd"}) {
            CliHarness.Result r = cli.run("find", odd);
            assertThat(r.code()).as(odd.substring(0, Math.min(20, odd.length()))).isEqualTo(ExitCodes.OK);
            assertThat(r.all()).doesNotContain("Exception").doesNotContain("at app.switchboard");
        }
    }

    @Test
    void openWithNoLinkOrNoConsoleSaysWhatToDo() {
        assertThat(cli.run("open", "switchboard://open/demo/entity/..").err())
                .contains("A Switchboard link reads switchboard://open/ENVIRONMENT/KIND/ID");
        assertThat(cli.run("open", "not a link").err()).contains("This is not a link: not a link");
        assertThat(cli.run("open", "").err()).contains("No link was given.");
        CliHarness.Result noConsole = cli.run("open", "switchboard://open/demo/entity/e1");
        assertThat(noConsole.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(noConsole.err()).contains("No console is running for this user; start it with: switchboard switchboard://open/demo/entity/e1");
    }

    @Test
    void findInAnEnvironmentWhoseSecretsAreLockedSaysHowToUnlockThem() {
        try (FakeServer server = new FakeServer()) {
            server.answer(r -> FakeServer.json(500, "{}"));
            CliHarness fake = CliHarness.withFakeEnvironment(home, server, "pw-123456789");

            CliHarness.Result locked = fake.run("find", "--env", "Fake", "abc");
            CliHarness.Result unset = fake.run("find", "--env", "Fake", "--passphrase-env", "NOPE", "abc");

            assertThat(locked.err()).contains("needs its master passphrase").contains("--passphrase-env");
            assertThat(unset.err()).contains("The environment variable NOPE named by --passphrase-env is not set");
            assertThat(server.count(FakeServer.pathStartsWith("/"))).as("nothing asked of the servers").isZero();
        }
    }

    /** A link pasted from a ticket may carry an escape sequence or a bidi override: it is echoed, but cannot act on the terminal. */
    @Test
    void aLinkCarryingTerminalEscapesIsEchoedHarmlessly() {
        for (String hostile : new String[] {"switchboard://open/demo/entity/\u001b[2J\u001b]0;pwned\u0007",
                "switchboard://open/demo/entity/abc\u202edcb"}) {
            CliHarness.Result r = cli.run("open", hostile);
            assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).doesNotContain("\u001b").doesNotContain("\u202e").doesNotContain("\u0007");
        }
    }

    /** A good link with a bidi override in its fragment: what is printed about it is the link as Switchboard writes it. */
    @Test
    void aGoodLinkIsEchoedAsSwitchboardWritesItNotAsPasted() {
        CliHarness.Result r = cli.run("open", "switchboard://open/demo/entity/e1#\u202etxt.exe");

        assertThat(r.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.err()).contains("start it with: switchboard switchboard://open/demo/entity/e1").doesNotContain("\u202e");
    }

    private static final String EMPTY_FYNN_PAGE =
            "{\"data\":[],\"meta\":{\"pagination\":{\"totalItems\":0,\"itemsPerPage\":8,\"currentPage\":1,\"lastPage\":1}}}";

    /** {@code switchboard find TEXT} in an environment whose DER Connect lists entities as {@code entityPage} says (by continuation token); Fynn finds nothing. */
    private CliHarness.Result findWithDer(java.util.function.Function<String, String> entityPage, String... text) {
        try (FakeServer server = new FakeServer()) {
            server.answer(r -> {
                String path = r.getUrl().encodedPath();
                if (path.equals(TestEnvironments.TOKEN_PATH)) {
                    return FakeServer.json(200, TestEnvironments.token("t", 3600));
                }
                if (path.equals("/der/v1/entities")) {
                    return FakeServer.json(200, entityPage.apply(r.getUrl().queryParameter("continuationToken")));
                }
                return path.startsWith("/fynn/") ? FakeServer.json(200, EMPTY_FYNN_PAGE) : FakeServer.json(404, "{}");
            });
            CliHarness fake = CliHarness.withFakeEnvironment(home, server, "pw-123456789");
            fake.variables.put("SB_PASS", "pw-123456789");
            String[] args = new String[text.length + 1];
            args[0] = "find";
            System.arraycopy(text, 0, args, 1, text.length);
            return fake.runIn("Fake", args);
        }
    }

    /** DER Connect lists entities without id or name that match by VIN: said, not a Java error, and not listed as found. */
    @Test
    void entitiesWithoutIdOrNameInTheListingAreSaidNotFound() {
        CliHarness.Result r = findWithDer(token -> "{\"data\":[{\"identifier\":\"VIN-77-A\"},{\"identifier\":\"VIN-77-B\"},"
                + TestEnvironments.entity("e-1").replace("VIN1", "VIN-77-C")
                + "],\"links\":{\"next\":null},\"meta\":{\"continuationToken\":null,\"pageSize\":25}}", "VIN-77", "--format", "csv");

        assertThat(r.all()).doesNotContain("Exception").doesNotContain("NullPointer");
        assertThat(r.out()).as(r.all()).contains("e-1").doesNotContain("VIN-77-A");
        assertThat(r.err()).contains("Items without an id in a server's answer: 2.");
    }

    /** DER Connect hands out the same page and a next token without end: the listing stops, and find says so and fails. */
    @Test
    void aDerListingThatRepeatsItsPageIsSaidNotPassedOffAsComplete() {
        CliHarness.Result r = findWithDer(token -> "{\"data\":[" + TestEnvironments.entity("e-1")
                + "],\"links\":{\"next\":\"x\"},\"meta\":{\"continuationToken\":\"t" + (token == null ? 0 : token.length())
                + "\",\"pageSize\":25}}", "Fleet");

        assertThat(r.out()).as(r.all()).contains("e-1");
        assertThat(r.err()).contains("The entities of DER Connect could not be read");
        assertThat(r.code()).isEqualTo(ExitCodes.FAILURE);
    }
}
