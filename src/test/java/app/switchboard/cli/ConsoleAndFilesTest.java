package app.switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What a Windows console and Excel make of the command line's output. */
class ConsoleAndFilesTest {
    private static final Charset CP850 = Charset.forName("IBM850");

    @TempDir
    Path home;

    @Test
    void theConsolesCharsetComesFromStdoutEncodingThenTheOlderPropertyThenTheConsole() {
        Charset console = Charset.forName("IBM437");
        assertThat(ConsoleCharset.of(Map.of("stdout.encoding", "IBM850", "sun.stdout.encoding", "IBM437")::get, console))
                .isEqualTo(CP850);
        assertThat(ConsoleCharset.of(Map.of("sun.stdout.encoding", "cp850")::get, console)).isEqualTo(CP850);
        assertThat(ConsoleCharset.of(Map.of("stdout.encoding", "no-such-charset")::get, console)).isEqualTo(console);
        assertThat(ConsoleCharset.of(Map.of("native.encoding", "windows-1252")::get, null))
                .isEqualTo(Charset.forName("windows-1252"));
    }

    @Test
    void umlautsReachACodePage850ConsoleAsThatCodePagesBytes() {
        CliHarness cli = new CliHarness(home);
        CommandLine command = SwitchboardCommand.commandLine(CliSetup.of(cli.paths, Terminal.NONE,
                new ByteArrayInputStream(new byte[0]), Map.of(), CliHarness.CLOCK));
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        command.setOut(new PrintWriter(new StringWriter()));
        command.setErr(ConsoleCharset.writer(console, CP850));

        int exit = command.execute("entities", "list", "--env", "Büro");

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        byte[] written = console.toByteArray();
        // "ü" is 0x81 in code page 850; as UTF-8 (0xC3 0xBC) it would show as "├╝"
        assertThat(new String(written, CP850)).contains("There is no environment called \"Büro\"");
        assertThat(written).contains(0x81).doesNotContain(0xC3);
    }

    @Test
    void csvWrittenToAFileStartsWithAByteOrderMarkWhileStandardOutputStaysPlain() throws Exception {
        CliHarness cli = new CliHarness(home);
        Path file = home.resolve("environments.csv");

        CliHarness.Result toFile = cli.run("env", "list", "--format", "csv", "--output", file.toString());
        CliHarness.Result toStdout = cli.run("env", "list", "--format", "csv");

        assertThat(toFile.code()).as(toFile.all()).isZero();
        assertThat(toFile.out()).isEqualTo("Wrote " + file + "." + System.lineSeparator());
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8).substring(1)).isEqualTo(toStdout.out());
        assertThat(toStdout.out()).doesNotStartWith("\uFEFF");
    }

    @Test
    void jsonWrittenToAFileHasNoByteOrderMark() throws Exception {
        CliHarness cli = new CliHarness(home);
        Path file = home.resolve("environments.json");

        assertThat(cli.run("env", "list", "--format", "json", "--output", file.toString()).code()).isZero();

        assertThat(Files.readString(file)).startsWith("[");
    }
}
