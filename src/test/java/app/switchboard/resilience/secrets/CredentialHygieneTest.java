package app.switchboard.resilience.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.switchboard.audit.ActivityCsv;
import app.switchboard.audit.ActivityLog;
import app.switchboard.audit.ActivityQuery;
import app.switchboard.cli.CliEntry;
import app.switchboard.client.SharedHttp;
import app.switchboard.credentials.EncryptedFileSecretStore;
import app.switchboard.credentials.Environment;
import app.switchboard.credentials.JsonEnvironmentStore;
import app.switchboard.credentials.PassphrasePrompt;
import app.switchboard.credentials.SecretStoreException;
import app.switchboard.derconnect.HttpDerConnectApi;
import app.switchboard.ops.ChangeEngine;
import app.switchboard.ops.ChangeOutcome;
import app.switchboard.ops.ChangeRequest;
import app.switchboard.ops.ChangeTarget;
import app.switchboard.paths.AppPaths;
import app.switchboard.resilience.Figures;
import app.switchboard.resilience.SandboxRig;
import app.switchboard.sandbox.FaultKind;
import app.switchboard.sandbox.FaultSettings;
import app.switchboard.sandbox.Sandbox;
import app.switchboard.sandbox.SandboxConfig;
import app.switchboard.testsupport.LogCapture;
import app.switchboard.ui.settings.SettingsEntry;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A working session with real secrets (stored encrypted, used for sign-in and calls, some of which
 * fail or are refused), then a search of everything it left behind for any of them.
 */
class CredentialHygieneTest {
    private static final Path TEST_LOG = Path.of("target", "test-logs", "switchboard-tests.log");
    private final String run = HexFormat.of().formatHex(new SecureRandom().generateSeed(6));
    private final String derSecret = "dersecret" + run;
    private final String fynnKey = "sbx_live_fynnkey" + run;
    private final String readOnlyKey = "sbx_read_fynnkey" + run;
    private final String wrongSecret = "wrongsecret" + run;
    private final String passphrase = "correct horse battery " + run;

    @TempDir
    Path home;

    @Test
    void noSecretIsLeftInFilesLogsActivityOrExportsAndTheSecretFileIsPrivate() throws Exception {
        AppPaths paths = new AppPaths(home.resolve("config"), home.resolve("data"));
        Path secretFile = paths.data().resolve(EncryptedFileSecretStore.FILE_NAME);
        Map<String, String> secrets = new LinkedHashMap<>(Map.of("DER client secret", derSecret, "Fynn key", fynnKey,
                "Fynn read-only key", readOnlyKey, "a mistyped client secret", wrongSecret, "master passphrase", passphrase));
        List<String> seen = new ArrayList<>();
        int outcomes = 0;
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.builder().seed(9).clientSecret(derSecret).fynnApiKey(fynnKey)
                .fynnReadOnlyKey(readOnlyKey).build()); LogCapture logs = new LogCapture()) {
            Environment env = SandboxRig.environment("Hygiene", sandbox.baseUrl(), sandbox.clientId());
            EncryptedFileSecretStore store = new EncryptedFileSecretStore(secretFile, answering(passphrase), 1_000);
            // typed into Settings, as the operator does; the Settings view model writes both stores
            try (SharedHttp http = new SharedHttp()) {
                assertThat(SettingsEntry.save(new JsonEnvironmentStore(paths), store, http, env, derSecret, fynnKey))
                        .isEmpty();
            }
            // and a second one through the command line's env add, then its env test
            Environment viaCli = SandboxRig.environment("Hygiene CLI", sandbox.baseUrl(), sandbox.clientId());
            List<String> printed = CliEntry.addAndTest(home, viaCli, derSecret, fynnKey, passphrase);
            seen.addAll(printed);
            assertThat(printed.get(2)).isEqualTo("exit 0");
            assertThat(store.get(viaCli.derSecretKey())).contains(derSecret);
            assertThat(store.get(env.derSecretKey())).contains(derSecret);
            assertThat(store.get(env.fynnKeyKey())).contains(fynnKey);
            ActivityLog log = ActivityLog.in(paths);
            List<ChangeTarget> targets = SandboxRig.switchable(sandbox, env, 4, 4);

            try (SandboxRig rig = new SandboxRig(env, store, 4)) {
                ChangeEngine engine = rig.engine(log);
                for (FaultSettings faults : List.of(FaultSettings.none(), FaultSettings.always(FaultKind.SERVER_ERROR),
                        FaultSettings.always(FaultKind.TRUNCATED))) {
                    sandbox.faults().set(faults);
                    outcomes += toggleAll(engine, targets, seen);
                }
                sandbox.faults().set(FaultSettings.none());
                secrets.put("DER access token", ((HttpDerConnectApi) rig.der()).tokens().bearer());
            }
            // credentials that are refused: a mistyped client secret, and a Fynn key that may only read
            store.put(env.derSecretKey(), wrongSecret);
            store.put(env.fynnKeyKey(), readOnlyKey);
            try (SandboxRig rig = new SandboxRig(env, store, 4)) {
                outcomes += toggleAll(rig.engine(log), targets, seen);
            }
            Path export = paths.data().resolve("exports").resolve("activity.csv");
            Files.createDirectories(export.getParent());
            ActivityCsv.export(log, ActivityQuery.all(), export);
            seen.add(logs.text());
        }

        List<Path> files;
        try (Stream<Path> all = Files.walk(home)) {
            files = new ArrayList<>(all.filter(Files::isRegularFile).toList());
        }
        files.add(TEST_LOG);
        for (Path file : files) {
            seen.add(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
        }
        List<String> leaks = new ArrayList<>();
        secrets.forEach((name, value) -> {
            for (int i = 0; i < seen.size(); i++) {
                if (seen.get(i).contains(value)) {
                    leaks.add(name + " in " + (i < seen.size() - files.size() ? "a message or log line" : files.get(i - (seen.size() - files.size()))));
                }
            }
        });
        new Figures("credential-hygiene")
                .put("secrets looked for", secrets.size())
                .put("files scanned", files.size())
                .put("changes attempted", outcomes)
                .put("texts scanned", seen.size())
                .put("leaks", leaks.size())
                .publish();

        assertThat(leaks).isEmpty();
        assertThat(Files.readString(paths.data().resolve("exports").resolve("activity.csv"))).contains("Hygiene");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secretFile))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secretFile.getParent()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(paths.activity()))).isEqualTo("rwx------");
    }

    @Test
    void aWrongMasterPassphraseIsRefusedAndChangesNoByteOfTheSecretFile() throws IOException {
        Path file = home.resolve("data").resolve(EncryptedFileSecretStore.FILE_NAME);
        new EncryptedFileSecretStore(file, answering(passphrase), 1_000).put("switchboard/Prod/der-client-secret", derSecret);
        byte[] before = Files.readAllBytes(file);

        EncryptedFileSecretStore wrong = new EncryptedFileSecretStore(file, answering("not the passphrase"), 1_000);
        assertThatThrownBy(() -> wrong.get("switchboard/Prod/der-client-secret"))
                .isInstanceOfSatisfying(SecretStoreException.class, e ->
                        assertThat(e.reason()).isEqualTo(SecretStoreException.Reason.WRONG_PASSPHRASE));
        assertThatThrownBy(() -> wrong.put("switchboard/Prod/fynn-api-key", fynnKey)).isInstanceOf(SecretStoreException.class);
        assertThatThrownBy(() -> wrong.remove("switchboard/Prod/der-client-secret")).isInstanceOf(SecretStoreException.class);

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(new EncryptedFileSecretStore(file, answering(passphrase), 1_000).get("switchboard/Prod/der-client-secret"))
                .contains(derSecret);
    }

    @Test
    void aTamperedSecretFileIsDetectedWhicheverPartWasChanged() throws IOException {
        Path file = home.resolve("data").resolve(EncryptedFileSecretStore.FILE_NAME);
        new EncryptedFileSecretStore(file, answering(passphrase), 1_000).put("switchboard/Prod/der-client-secret", derSecret);
        byte[] original = Files.readAllBytes(file);
        ObjectMapper json = new ObjectMapper();
        for (String field : List.of("ciphertext", "nonce", "salt", "iterations")) {
            ObjectNode document = (ObjectNode) json.readTree(original);
            if (field.equals("iterations")) {
                document.put(field, document.get(field).asInt() + 1);
            } else {
                document.put(field, flipOneCharacter(document.get(field).asText()));
            }
            Files.write(file, json.writeValueAsBytes(document));
            byte[] tampered = Files.readAllBytes(file);

            assertThatThrownBy(() -> new EncryptedFileSecretStore(file, answering(passphrase), 1_000)
                    .get("switchboard/Prod/der-client-secret"))
                    .as("changed %s", field)
                    .isInstanceOfSatisfying(SecretStoreException.class, e -> {
                        assertThat(e.reason()).isIn(SecretStoreException.Reason.TAMPERED,
                                SecretStoreException.Reason.WRONG_PASSPHRASE);
                        assertThat(e.getMessage()).doesNotContain(derSecret).doesNotContain(passphrase);
                    });
            assertThat(Files.readAllBytes(file)).as("left as found").isEqualTo(tampered);
        }
    }

    private static int toggleAll(ChangeEngine engine, List<ChangeTarget> targets, List<String> seen) {
        for (ChangeTarget t : targets) {
            ChangeOutcome o = engine.change(ChangeRequest.set(t, false, true));
            seen.add(o.summary());
            seen.add(String.valueOf(o));
        }
        return targets.size();
    }

    private static String flipOneCharacter(String base64) {
        int at = base64.length() / 2;
        char c = base64.charAt(at);
        return base64.substring(0, at) + (c == 'A' ? 'B' : 'A') + base64.substring(at + 1);
    }

    private static PassphrasePrompt answering(String passphrase) {
        return new PassphrasePrompt() {
            @Override
            public char[] existingPassphrase(String location, boolean previousWasWrong) {
                return previousWasWrong ? null : passphrase.toCharArray();
            }

            @Override
            public char[] newPassphrase(String location) {
                return passphrase.toCharArray();
            }
        };
    }
}
