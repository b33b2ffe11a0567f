package app.switchboard.resilience.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.Launcher;
import app.switchboard.credentials.EncryptedFileSecretStore;
import app.switchboard.credentials.Environment;
import app.switchboard.credentials.JsonEnvironmentStore;
import app.switchboard.credentials.PassphrasePrompt;
import app.switchboard.credentials.RiskLevel;
import app.switchboard.testsupport.ChildJvm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Command-line processes and the console's own stores writing the shared environment and secret
 * files at the same moment. Each test asserts the final state of the files only: whatever order
 * the writers ran in, every change must be there.
 */
class ConcurrentStoreWritersTest {
    private static final String PASSPHRASE = "correct horse battery staple";
    /** Few PBKDF2 iterations, so eight cold JVMs derive the key quickly; the count is in the file's header. */
    private static final int FAST = 1_000;
    private static final int EDITORS = 8;

    @TempDir
    Path home;

    private Path config() {
        return home.resolve("config");
    }

    private JsonEnvironmentStore consoleEnvironments() {
        return new JsonEnvironmentStore(config().resolve(JsonEnvironmentStore.FILE_NAME));
    }

    private EncryptedFileSecretStore consoleSecrets() {
        return new EncryptedFileSecretStore(home.resolve("data").resolve(EncryptedFileSecretStore.FILE_NAME),
                new PassphrasePrompt() {
                    @Override
                    public char[] existingPassphrase(String location, boolean previousWasWrong) {
                        return PASSPHRASE.toCharArray();
                    }

                    @Override
                    public char[] newPassphrase(String location) {
                        return PASSPHRASE.toCharArray();
                    }
                }, FAST);
    }

    private static Environment environment(String name) {
        return new Environment(name, "#111111", RiskLevel.TEST, "https://api.example.com/connect",
                "https://signin.example.com/token", "client-" + name.replace(' ', '-'), "esp", "https://coreapi.example.com",
                false);
    }

    /** {@code java -cp <test class path> app.switchboard.Launcher args...} with this test's home and variables. */
    private Process commandLine(String name, Map<String, String> variables, String... args) throws IOException {
        ProcessBuilder builder = ChildJvm.of(Launcher.class, args);
        builder.command().addAll(1, List.of("-XX:TieredStopAtLevel=1", "-Dswitchboard.secrets=file"));
        builder.environment().put("SWITCHBOARD_HOME", home.toString());
        builder.environment().putAll(variables);
        builder.redirectErrorStream(true).redirectOutput(home.resolve(name + ".out").toFile());
        return builder.start();
    }

    private void awaitSuccess(Map<String, Process> children) throws Exception {
        for (var child : children.entrySet()) {
            assertThat(child.getValue().waitFor(300, TimeUnit.SECONDS)).as(child.getKey() + " ended").isTrue();
            assertThat(child.getValue().exitValue()).as(child.getKey() + " said: "
                    + Files.readString(home.resolve(child.getKey() + ".out"), StandardCharsets.UTF_8)).isZero();
        }
    }

    private static boolean anyAlive(Map<String, Process> children) {
        return children.values().stream().anyMatch(Process::isAlive);
    }

    @Test
    void eightCommandLineEditsAndTheConsoleWritingAtTheSameTimeLoseNothing() throws Exception {
        JsonEnvironmentStore console = consoleEnvironments();
        EncryptedFileSecretStore secrets = consoleSecrets();
        for (int i = 1; i <= EDITORS; i++) {
            console.save(environment("Edited " + i));
        }
        secrets.put("switchboard/seed/der-client-secret", "seed");

        Map<String, Process> editors = new java.util.LinkedHashMap<>();
        for (int i = 1; i <= EDITORS; i++) {
            editors.put("edit-" + i, commandLine("edit-" + i, Map.of(), "env", "edit", "Edited " + i,
                    "--colour", colourOf(i)));
        }
        List<String> consoleAdded = new ArrayList<>();
        while (anyAlive(editors) && consoleAdded.size() < 400) {
            String name = "Console " + (consoleAdded.size() + 1);
            console.add(environment(name));
            secrets.put("switchboard/" + name + "/der-client-secret", "secret of " + name);
            consoleAdded.add(name);
        }
        awaitSuccess(editors);

        JsonEnvironmentStore reread = consoleEnvironments();
        for (int i = 1; i <= EDITORS; i++) {
            assertThat(reread.find("Edited " + i)).as("the edit of Edited " + i)
                    .hasValueSatisfying(e -> assertThat(e.colour()).isEqualTo(colourOf(Integer.parseInt(
                            e.name().substring("Edited ".length())))));
        }
        EncryptedFileSecretStore rereadSecrets = consoleSecrets();
        for (String name : consoleAdded) {
            assertThat(reread.find(name)).as(name + ", added by the console").isPresent();
            assertThat(rereadSecrets.get("switchboard/" + name + "/der-client-secret")).contains("secret of " + name);
        }
        assertThat(reread.list()).hasSize(1 + EDITORS + consoleAdded.size());
    }

    @Test
    void commandLinesEditingDifferentSettingsOfOneEnvironmentAtOnceKeepEveryEdit() throws Exception {
        consoleEnvironments().save(environment("Shared"));
        Map<String, List<String>> edits = new java.util.LinkedHashMap<>();
        edits.put("colour", List.of("--colour", "#123456"));
        edits.put("api", List.of("--der-api-url", "https://api2.example.com/connect"));
        edits.put("token", List.of("--der-token-url", "https://signin2.example.com/token"));
        edits.put("client", List.of("--der-client-id", "client-2"));
        edits.put("scope", List.of("--der-scope", "esp2"));
        edits.put("fynn", List.of("--fynn-url", "https://acme.coreapi.io"));
        edits.put("reason", List.of("--require-reason", "true"));

        Map<String, Process> editors = new java.util.LinkedHashMap<>();
        for (var edit : edits.entrySet()) {
            List<String> args = new ArrayList<>(List.of("env", "edit", "Shared"));
            args.addAll(edit.getValue());
            editors.put("shared-" + edit.getKey(), commandLine("shared-" + edit.getKey(), Map.of(), args.toArray(String[]::new)));
        }
        awaitSuccess(editors);

        Environment shared = consoleEnvironments().find("Shared").orElseThrow();
        assertThat(shared).isEqualTo(new Environment(shared.id(), "Shared", "#123456", RiskLevel.TEST,
                "https://api2.example.com/connect", "https://signin2.example.com/token", "client-2", "esp2",
                "https://acme.coreapi.io", true));
    }

    @Test
    void twoCommandLineAddsWithTwoSecretsEachAndTheConsoleStoringSecretsKeepEverySecret() throws Exception {
        EncryptedFileSecretStore secrets = consoleSecrets();
        secrets.put("switchboard/seed/der-client-secret", "seed");
        Map<String, String> variables = Map.of("SB_PASS", PASSPHRASE, "SB_DER", "der-secret-of-both",
                "SB_FYNN", "fynn-key-of-both");

        Map<String, Process> adders = new java.util.LinkedHashMap<>();
        for (String name : List.of("Added A", "Added B")) {
            adders.put(name.replace(' ', '-'), commandLine(name.replace(' ', '-'), variables, "env", "add", name,
                    "--risk", "test", "--der-api-url", "https://api.example.com/connect",
                    "--der-token-url", "https://signin.example.com/token", "--der-client-id", "client",
                    "--fynn-url", "https://coreapi.example.com", "--der-secret-env", "SB_DER", "--fynn-key-env", "SB_FYNN",
                    "--passphrase-env", "SB_PASS"));
        }
        int consoleStored = 0;
        while (anyAlive(adders) && consoleStored < 400) {
            consoleStored++;
            secrets.put("switchboard/Console/secret-" + consoleStored, "value " + consoleStored);
        }
        awaitSuccess(adders);

        EncryptedFileSecretStore reread = consoleSecrets();
        for (String name : List.of("Added A", "Added B")) {
            Environment added = consoleEnvironments().find(name).orElseThrow();
            assertThat(reread.get(added.derSecretKey())).as(name + "'s DER secret").contains("der-secret-of-both");
            assertThat(reread.get(added.fynnKeyKey())).as(name + "'s Fynn key").contains("fynn-key-of-both");
        }
        for (int i = 1; i <= consoleStored; i++) {
            assertThat(reread.get("switchboard/Console/secret-" + i)).contains("value " + i);
        }
        assertThat(reread.get("switchboard/seed/der-client-secret")).contains("seed");
    }

    private static String colourOf(int i) {
        return String.format("#00%02x%02x", i * 16, 255 - i);
    }
}
