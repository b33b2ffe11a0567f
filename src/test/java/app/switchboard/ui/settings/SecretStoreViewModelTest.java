package app.switchboard.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.credentials.DeferredSecretStore;
import app.switchboard.credentials.DemoAwareSecretStore;
import app.switchboard.credentials.EncryptedFileSecretStore;
import app.switchboard.credentials.InMemorySecretStore;
import app.switchboard.credentials.PassphrasePrompt;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.fx.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretStoreViewModelTest {
    private static final int FAST_ITERATIONS = 1_000;

    @TempDir
    Path home;
    private final TaskRunner tasks = TaskRunner.sameThread((what, error) -> {
        throw new AssertionError(what, error);
    });
    private final Messages messages = Messages.load(Locale.ENGLISH);
    private EncryptedFileSecretStore file;

    @Test
    void namesTheStoreBehindTheWrappersAndWhereItLives() {
        EncryptedFileSecretStore file = fileStore("old passphrase");
        SecretStoreViewModel model = new SecretStoreViewModel(
                new DemoAwareSecretStore(new DeferredSecretStore(() -> file)), tasks, messages);

        model.load();

        assertThat(model.kindProperty().get()).isEqualTo("Encrypted file (master passphrase)");
        assertThat(model.locationProperty().get()).contains(file.file().toString());
        assertThat(model.passphraseChangeableProperty().get()).isTrue();
    }

    @Test
    void aStoreWithoutPassphraseOffersNoPassphraseChange() {
        SecretStoreViewModel model = new SecretStoreViewModel(new InMemorySecretStore(), tasks, messages);
        model.load();
        assertThat(model.kindProperty().get()).isEqualTo("Memory only (forgotten at exit)");
        assertThat(model.passphraseChangeableProperty().get()).isFalse();
    }

    @Test
    void aWrongCurrentPassphraseChangesNothing() throws Exception {
        SecretStoreViewModel model = modelOnFileWithOneSecret();
        byte[] before = Files.readAllBytes(file.file());

        model.changePassphrase("not the passphrase", "brand new passphrase", "brand new passphrase");

        assertThat(model.feedbackProperty().get().problem()).isTrue();
        assertThat(model.feedbackProperty().get().text()).isEqualTo("The current passphrase is wrong; nothing was changed.");
        assertThat(Files.readAllBytes(file.file())).isEqualTo(before);
        assertThat(reopen(file.file(), "old passphrase").get("switchboard/Production/fynn-api-key")).contains("key-123");
    }

    @Test
    void theRightCurrentPassphraseReEncryptsUnderTheNewOne() {
        SecretStoreViewModel model = modelOnFileWithOneSecret();

        model.changePassphrase("old passphrase", "brand new passphrase", "brand new passphrase");

        assertThat(model.feedbackProperty().get().problem()).isFalse();
        assertThat(reopen(file.file(), "brand new passphrase").get("switchboard/Production/fynn-api-key")).contains("key-123");
    }

    @Test
    void mismatchedOrShortNewPassphrasesAreRefusedBeforeTouchingTheFile() throws Exception {
        SecretStoreViewModel model = modelOnFileWithOneSecret();
        byte[] before = Files.readAllBytes(file.file());

        model.changePassphrase("old passphrase", "brand new passphrase", "brand new passphrasf");
        assertThat(model.feedbackProperty().get().text()).contains("differ");
        model.changePassphrase("old passphrase", "short", "short");
        assertThat(model.feedbackProperty().get().text()).contains("at least 8 characters");
        assertThat(Files.readAllBytes(file.file())).isEqualTo(before);
    }

    /** The Settings panel on an encrypted file holding one Fynn key under "old passphrase". */
    private SecretStoreViewModel modelOnFileWithOneSecret() {
        file = fileStore("old passphrase");
        file.put("switchboard/Production/fynn-api-key", "key-123");
        SecretStoreViewModel model = new SecretStoreViewModel(file, tasks, messages);
        model.load();
        return model;
    }

    private EncryptedFileSecretStore fileStore(String passphrase) {
        return new EncryptedFileSecretStore(home.resolve("data/secrets.json"), answering(passphrase), FAST_ITERATIONS);
    }

    private static EncryptedFileSecretStore reopen(Path file, String passphrase) {
        return new EncryptedFileSecretStore(file, answering(passphrase), FAST_ITERATIONS);
    }

    private static PassphrasePrompt answering(String passphrase) {
        return new PassphrasePrompt() {
            @Override
            public char[] existingPassphrase(String location, boolean previousWasWrong) {
                return passphrase.toCharArray();
            }

            @Override
            public char[] newPassphrase(String location) {
                return passphrase.toCharArray();
            }
        };
    }
}
