package app.switchboard.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.switchboard.files.AtomicReplace;
import app.switchboard.files.FlakyMover;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptedFileSecretStoreTest {
    private static final int FAST = 1_000;
    private static final String SECRET = "der-client-secret-9f8e7d6c";

    @TempDir
    Path home;

    private Path file() {
        return home.resolve("data").resolve(EncryptedFileSecretStore.FILE_NAME);
    }

    private EncryptedFileSecretStore store(ScriptedPrompt prompt) {
        return new EncryptedFileSecretStore(file(), prompt, FAST);
    }

    private void createWith(String passphrase) {
        store(new ScriptedPrompt().answering(passphrase)).put("switchboard/Prod/der-client-secret", SECRET);
    }

    @Test
    void secretsSurviveARestartWithTheRightPassphrase() throws Exception {
        createWith("correct horse");
        ScriptedPrompt prompt = new ScriptedPrompt().answering("correct horse");
        EncryptedFileSecretStore reopened = store(prompt);

        assertThat(reopened.get("switchboard/Prod/der-client-secret")).contains(SECRET);
        assertThat(reopened.get("switchboard/Prod/fynn-api-key")).isEmpty();
        assertThat(Files.readString(file())).doesNotContain(SECRET);
    }

    @Test
    void passphraseIsAskedOncePerSession() {
        ScriptedPrompt prompt = new ScriptedPrompt().answering("passphrase-1");
        EncryptedFileSecretStore store = store(prompt);
        store.put("a", "secret-a");
        store.put("b", "secret-b");
        store.remove("a");

        assertThat(store.get("b")).contains("secret-b");
        assertThat(store.get("a")).isEmpty();
        assertThat(prompt.asked).containsExactly("new");
    }

    @Test
    void wrongPassphraseIsRefusedClearlyAndChangesNothing() throws Exception {
        createWith("right one");
        byte[] before = Files.readAllBytes(file());
        ScriptedPrompt prompt = new ScriptedPrompt().answering("wrong one", "right one");
        EncryptedFileSecretStore store = store(prompt);

        assertThatThrownBy(() -> store.put("other", "x")).isInstanceOfSatisfying(SecretStoreException.class, e -> {
            assertThat(e.reason()).isEqualTo(SecretStoreException.Reason.WRONG_PASSPHRASE);
            assertThat(e.getMessage()).isEqualTo("The master passphrase is wrong; nothing was changed.");
        });
        assertThat(Files.readAllBytes(file())).isEqualTo(before);
        assertThat(store.get("switchboard/Prod/der-client-secret")).contains(SECRET);
        assertThat(prompt.asked).containsExactly("existing", "existing-after-wrong");
    }

    @Test
    void tamperedFileIsDetectedAndLeftUntouched() throws Exception {
        createWith("long enough pass");
        String original = Files.readString(file());
        String tampered = flipOneCiphertextCharacter(original);
        Files.writeString(file(), tampered);
        EncryptedFileSecretStore store = store(new ScriptedPrompt().answering("long enough pass"));

        assertThatThrownBy(() -> store.get("switchboard/Prod/der-client-secret"))
                .isInstanceOfSatisfying(SecretStoreException.class, e -> {
                    assertThat(e.reason()).isEqualTo(SecretStoreException.Reason.TAMPERED);
                    assertThat(e.getMessage()).contains("changed outside Switchboard").contains("left untouched");
                });
        assertThatThrownBy(() -> store.put("new", "value")).isInstanceOf(SecretStoreException.class);
        assertThat(Files.readString(file())).isEqualTo(tampered);
    }

    @Test
    void changedNonceOrUnreadableFileIsDetectedAsWell() throws Exception {
        createWith("long enough pass");
        String original = Files.readString(file());
        int at = original.indexOf("\"nonce\" : \"") + "\"nonce\" : \"".length();
        String otherNonce = original.substring(0, at) + (original.charAt(at) == 'A' ? 'B' : 'A') + original.substring(at + 1);
        Files.writeString(file(), otherNonce);
        assertThatThrownBy(() -> store(new ScriptedPrompt().answering("long enough pass")).get("k"))
                .isInstanceOfSatisfying(SecretStoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(SecretStoreException.Reason.TAMPERED));

        Files.writeString(file(), "not json at all");
        assertThatThrownBy(() -> store(new ScriptedPrompt().answering("long enough pass")).get("k"))
                .isInstanceOfSatisfying(SecretStoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(SecretStoreException.Reason.TAMPERED));
        assertThat(Files.readString(file())).isEqualTo("not json at all");
    }

    @Test
    void changingThePassphraseKeepsEverySecret() {
        createWith("old pass");
        EncryptedFileSecretStore store = store(new ScriptedPrompt());

        assertThatThrownBy(() -> store.changePassphrase("not it".toCharArray(), "new pass".toCharArray()))
                .isInstanceOfSatisfying(SecretStoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(SecretStoreException.Reason.WRONG_PASSPHRASE));
        store.changePassphrase("old pass".toCharArray(), "new pass".toCharArray());

        assertThat(store(new ScriptedPrompt().answering("new pass")).get("switchboard/Prod/der-client-secret")).contains(SECRET);
        assertThatThrownBy(() -> store(new ScriptedPrompt().answering("old pass")).get("switchboard/Prod/der-client-secret"))
                .isInstanceOf(SecretStoreException.class);
    }

    @Test
    void declinedPromptLeavesTheStoreLocked() {
        createWith("long enough pass");
        assertThatThrownBy(() -> store(new ScriptedPrompt()).get("k")).isInstanceOfSatisfying(SecretStoreException.class,
                e -> assertThat(e.reason()).isEqualTo(SecretStoreException.Reason.LOCKED));
    }

    @Test
    void fileIsPrivateToTheOwner() throws Exception {
        createWith("long enough pass");
        if (Files.getFileStore(file()).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file().getParent()))).isEqualTo("rwx------");
        }
        try (var siblings = Files.list(file().getParent())) {
            assertThat(siblings).containsExactlyInAnyOrder(file(), app.switchboard.files.SidecarLock.lockFileOf(file()));
        }
        assertThat(Files.size(app.switchboard.files.SidecarLock.lockFileOf(file()))).as("the lock file holds nothing").isZero();
    }

    @Test
    void productionDefaultUsesAtLeast600000Iterations() throws Exception {
        assertThat(EncryptedFileSecretStore.DEFAULT_ITERATIONS).isGreaterThanOrEqualTo(600_000);
        long start = System.nanoTime();
        new EncryptedFileSecretStore(file(), new ScriptedPrompt().answering("long enough pass")).put("k", "v");
        System.out.println("[figure] creating the secret file with the production key derivation took "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
        assertThat(Files.readString(file(), StandardCharsets.UTF_8)).contains("\"iterations\" : 600000");
    }

    private static String flipOneCiphertextCharacter(String json) {
        int at = json.indexOf("\"ciphertext\" : \"") + "\"ciphertext\" : \"".length() + 5;
        char c = json.charAt(at);
        return json.substring(0, at) + (c == 'A' ? 'B' : 'A') + json.substring(at + 1);
    }

    @Test
    void creatingTheFileAndChangingThePassphraseFollowTheSameLengthRule() throws Exception {
        ScriptedPrompt tooShort = new ScriptedPrompt().answering("1234567");
        assertThatThrownBy(() -> store(tooShort).put("k", "v")).isInstanceOfSatisfying(SecretStoreException.class, e -> {
            assertThat(e.reason()).isEqualTo(SecretStoreException.Reason.WEAK_PASSPHRASE);
            assertThat(e.getMessage()).isEqualTo("A master passphrase needs at least 8 characters; nothing was changed.");
        });
        assertThat(Files.exists(file())).isFalse();

        createWith("12345678");
        byte[] before = Files.readAllBytes(file());
        EncryptedFileSecretStore store = store(new ScriptedPrompt());
        assertThatThrownBy(() -> store.changePassphrase("12345678".toCharArray(), "1234567".toCharArray()))
                .isInstanceOfSatisfying(SecretStoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(SecretStoreException.Reason.WEAK_PASSPHRASE));
        assertThat(Files.readAllBytes(file())).isEqualTo(before);
    }

    @Test
    void aSecretFileHeldByAnotherProgramIsWrittenOnceItLetsGoAndOtherwiseLeftIntact() throws Exception {
        createWith("long enough pass");
        FlakyMover held = new FlakyMover(4);
        new EncryptedFileSecretStore(file(), new ScriptedPrompt().answering("long enough pass"), FAST,
                new AtomicReplace(held, pause -> { })).put("switchboard/Prod/fynn-api-key", "fynn-key-1");
        assertThat(held.attempts()).isEqualTo(5);
        byte[] before = Files.readAllBytes(file());

        EncryptedFileSecretStore alwaysHeld = new EncryptedFileSecretStore(file(),
                new ScriptedPrompt().answering("long enough pass"), FAST,
                new AtomicReplace(new FlakyMover(Integer.MAX_VALUE), pause -> { }));
        assertThatThrownBy(() -> alwaysHeld.put("switchboard/Prod/fynn-api-key", "fynn-key-2"))
                .hasMessageContaining("kept it open through 6 attempts").hasMessageNotContaining("fynn-key");
        assertThat(Files.readAllBytes(file())).isEqualTo(before);
        EncryptedFileSecretStore reopened = store(new ScriptedPrompt().answering("long enough pass"));
        assertThat(reopened.get("switchboard/Prod/der-client-secret")).contains(SECRET);
        assertThat(reopened.get("switchboard/Prod/fynn-api-key")).contains("fynn-key-1");
    }
}
