package app.switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.audit.CsvReader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The reading commands against the in-process Demo sandbox: formats, filters, help, exit codes. */
class CliReadCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;
    CliHarness cli;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(home);
    }

    @Test
    void everyCommandAtEveryLevelHasHelpListingTheExitCodes() {
        List<String> paths = new ArrayList<>();
        collect(SwitchboardCommand.commandLine(CliSetup.fromSystem()), "", paths);
        assertThat(paths).contains("env add", "entities feature", "entitlements set", "review", "bulk", "activity", "sandbox", "self-test");
        for (String path : paths) {
            List<String> args = new ArrayList<>(path.isEmpty() ? List.of() : List.of(path.split(" ")));
            args.add("--help");
            CliHarness.Result help = cli.run(args.toArray(String[]::new));
            assertThat(help.code()).as(path).isZero();
            assertThat(help.out()).as(path).contains("Usage: switchboard" + (path.isEmpty() ? "" : " " + path))
                    .contains("Exit codes:").contains("3   refused by the server");
        }
    }

    @Test
    void versionNamesTheProgramAndJava() {
        CliHarness.Result version = cli.run("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("Switchboard ").contains("Java ");
    }

    @Test
    void unknownCommandsOptionsAndEnvironmentsAreUsageErrors() {
        assertThat(cli.run("entitys", "list").code()).isEqualTo(ExitCodes.USAGE);
        CliHarness.Result badFormat = cli.run("entities", "list", "--format", "xml");
        assertThat(badFormat.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(badFormat.err()).contains("--format").contains("Try 'switchboard entities list --help'");
        CliHarness.Result unknownEnv = cli.run("entities", "list", "--env", "Nowhere");
        assertThat(unknownEnv.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknownEnv.err()).contains("no environment called \"Nowhere\"").contains("Demo");
        assertThat(cli.run("entities").code()).as("a group without its subcommand").isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void entitiesListFiltersByTypeOnlineAndSearchAndParsesBackAsJsonAndCsv() throws Exception {
        CliHarness.Result json = cli.run("entities", "list", "--type", "ev", "--online", "--format", "json");
        assertThat(json.code()).as(json.err()).isZero();
        JsonNode entities = JSON.readTree(json.out());
        assertThat(entities.size()).isPositive();
        entities.forEach(e -> {
            assertThat(e.get("type").asText()).isEqualTo("EV");
            assertThat(e.get("online").asBoolean()).isTrue();
        });

        CliHarness.Result csv = cli.run("entities", "list", "--type", "EV", "--online", "--format", "csv");
        List<CsvReader.Row> rows = CsvReader.parse(csv.out());
        assertThat(rows.get(0).cells()).containsExactly("id", "type", "name", "brand", "identifier", "online", "lastSeen");
        assertThat(rows).hasSize(entities.size() + 1);
        assertThat(rows.get(1).cells().get(0)).isEqualTo(entities.get(0).get("id").asText());
        assertThat(rows.get(1).cells().get(2)).isEqualTo(entities.get(0).get("name").asText());
        assertThat(csv.out()).contains("\r\n");

        String brand = entities.get(0).get("brand").asText();
        JsonNode searched = JSON.readTree(cli.run("entities", "list", "--search", brand.toLowerCase(), "--format", "json").out());
        assertThat(searched.size()).isPositive();
        searched.forEach(e -> assertThat(e.toString().toLowerCase()).contains(brand.toLowerCase()));
    }

    @Test
    void tablesAreAlignedWithHeadings() {
        CliHarness.Result table = cli.run("entities", "list", "--type", "Battery");
        assertThat(table.code()).isZero();
        String[] lines = table.out().split("\n");
        assertThat(lines[0]).startsWith("ID").contains("Type", "Name", "Online");
        assertThat(lines[1].indexOf("Battery")).isEqualTo(lines[0].indexOf("Type"));
    }

    @Test
    void entitiesShowListsTheFeaturesAndAnUnknownIdIsRefusedByTheServer() throws Exception {
        String id = firstEntity("EV");
        CliHarness.Result show = cli.run("entities", "show", id, "--format", "json");
        assertThat(show.code()).as(show.err()).isZero();
        JsonNode entity = JSON.readTree(show.out());
        assertThat(entity.get("id").asText()).isEqualTo(id);
        assertThat(entity.get("features").get(0).get("feature").asText()).isEqualTo("CaptureChargeSessions");

        assertThat(cli.run("entities", "show", id).out()).contains("Features:", "CaptureChargeSessions");
        assertThat(cli.run("entities", "show", id, "--format", "csv").code()).isEqualTo(ExitCodes.USAGE);

        CliHarness.Result missing = cli.run("entities", "show", "00000000-0000-4000-8000-000000000000");
        assertThat(missing.code()).isEqualTo(ExitCodes.REFUSED);
        assertThat(missing.err()).contains("DER Connect").contains("404");
    }

    @Test
    void subscriptionsListShowAndEntitlementsListAgree() throws Exception {
        CliHarness.Result list = cli.run("subscriptions", "list", "--status", "active", "--format", "json");
        assertThat(list.code()).as(list.err()).isZero();
        JsonNode subscriptions = JSON.readTree(list.out());
        assertThat(subscriptions.size()).isPositive();
        subscriptions.forEach(s -> assertThat(s.get("status").asText()).isEqualTo("active"));
        String id = subscriptions.get(0).get("id").asText();
        String number = subscriptions.get(0).get("number").asText();

        JsonNode searched = JSON.readTree(cli.run("subscriptions", "list", "--search", number, "--format", "json").out());
        assertThat(searched).anySatisfy(s -> assertThat(s.get("id").asText()).isEqualTo(id));

        JsonNode shown = JSON.readTree(cli.run("subscriptions", "show", id, "--format", "json").out());
        assertThat(shown.get("number").asText()).isEqualTo(number);
        assertThat(shown.get("customer").asText()).isNotBlank();
        JsonNode all = shown.get("entitlements");

        JsonNode entitlements = JSON.readTree(cli.run("entitlements", "list", id, "--include-expired", "--format", "json").out());
        assertThat(entitlements.size()).isEqualTo(all.size());
        entitlements.forEach(e -> assertThat(e.get("subscriptionId").asText()).isEqualTo(id));

        List<CsvReader.Row> csv = CsvReader.parse(cli.run("entitlements", "list", id, "--include-expired", "--format", "csv").out());
        assertThat(csv).hasSize(all.size() + 1);
        assertThat(csv.get(0).cells()).contains("id", "feature", "value", "status", "on", "validFrom", "validUntil");
    }

    @Test
    void reviewListsTheQueueAgainstTheClock() throws Exception {
        CliHarness.Result expiring = cli.run("review", "expiring", "--within", "30d", "--format", "json");
        assertThat(expiring.code()).as(expiring.err()).isZero();
        JsonNode rows = JSON.readTree(expiring.out());
        assertThat(rows.size()).isPositive();
        java.time.Instant now = CliHarness.CLOCK.instant();
        rows.forEach(r -> {
            java.time.Instant until = java.time.Instant.parse(r.get("validUntil").asText());
            assertThat(until).isAfter(now).isBeforeOrEqualTo(now.plus(java.time.Duration.ofDays(30)));
        });
        JsonNode week = JSON.readTree(cli.run("review", "expiring", "--within", "1w", "--format", "json").out());
        assertThat(week.size()).isLessThanOrEqualTo(rows.size());

        JsonNode expired = JSON.readTree(cli.run("review", "expired", "--format", "json").out());
        expired.forEach(r -> assertThat(r.get("status").asText()).isEqualTo("expired"));
        assertThat(cli.run("review", "someday").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.run("review", "expiring", "--within", "soon").code()).isEqualTo(ExitCodes.USAGE);
    }

    private String firstEntity(String type) throws Exception {
        return JSON.readTree(cli.run("entities", "list", "--type", type, "--format", "json").out()).get(0).get("id").asText();
    }

    private static void collect(CommandLine command, String path, List<String> paths) {
        paths.add(path);
        // the map lists a command under each alias too; visit it once, by its name
        command.getSubcommands().forEach((name, sub) -> {
            if (name.equals(sub.getCommandName())) {
                collect(sub, path.isEmpty() ? name : path + " " + name, paths);
            }
        });
    }
}
