package app.switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.cli.SwitchboardCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code switchboard sandbox} prints where and how to connect, serves, and stops when asked. */
class SandboxCommandTest {

    @Test
    void theCommandPrintsUrlsAndCredentialsThatWork() throws Exception {
        SandboxCommand command = new SandboxCommand();
        CommandLine cli = new CommandLine(command);
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        ExecutorService runner = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> exit = runner.submit(() -> cli.execute("--port", "0", "--seed", "3", "--latency-ms", "0"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!out.toString().contains("Ctrl+C") && System.nanoTime() < deadline) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
            }
            String printed = out.toString();
            String fynnUrl = find(printed, "API base URL:\\s+(http://127\\.0\\.0\\.1:\\d+/fynn)");
            String key = find(printed, "API key:\\s+(\\S+)");
            assertThat(printed).contains("Client secret:").contains("/am/oauth2/realms/root/realms/difesp/access_token");
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(fynnUrl + "/customers"))
                    .header("Authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);
            command.stop();
            assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
        } finally {
            runner.shutdownNow();
        }
    }

    @Test
    void theRootCommandKnowsTheSandboxSubcommand() {
        assertThat(SwitchboardCommand.commandLine().getSubcommands()).containsKey("sandbox");
    }

    @Test
    void aFaultRateOutsideZeroToOneIsRefused() {
        CommandLine cli = new CommandLine(new SandboxCommand());
        cli.setErr(new PrintWriter(new StringWriter(), true));
        assertThat(cli.execute("--port", "0", "--fault-rate", "1.5")).isEqualTo(2);
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as("%s in%n%s", regex, text).isTrue();
        return m.group(1);
    }
}
