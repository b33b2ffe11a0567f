package app.switchboard.ui.settings;

import app.switchboard.credentials.DeferredSecretStore;
import app.switchboard.credentials.DemoAwareSecretStore;
import app.switchboard.credentials.NoticingSecretStore;
import app.switchboard.credentials.EncryptedFileSecretStore;
import app.switchboard.credentials.SecretStore;
import app.switchboard.credentials.PassphraseRule;
import app.switchboard.credentials.SecretStoreException;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.fx.TaskRunner;
import app.switchboard.ui.common.notice.ErrorText;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The secret store panel: which store keeps the secrets and where, and changing the master
 * passphrase of the encrypted file. Finding out may probe the keychain, so it runs in the background.
 */
public final class SecretStoreViewModel {

    private final SecretStore secrets;
    private final TaskRunner tasks;
    private final Messages messages;
    private final StringProperty kind = new SimpleStringProperty();
    private final StringProperty location = new SimpleStringProperty();
    private final BooleanProperty passphraseChangeable = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<EnvironmentsViewModel.Feedback> feedback = new SimpleObjectProperty<>();
    private EncryptedFileSecretStore file;

    public SecretStoreViewModel(SecretStore secrets, TaskRunner tasks, Messages messages) {
        this.secrets = secrets;
        this.tasks = tasks;
        this.messages = messages;
        kind.set(messages.get("settings.secrets.finding"));
    }

    public ReadOnlyStringProperty kindProperty() {
        return kind;
    }

    public ReadOnlyStringProperty locationProperty() {
        return location;
    }

    public ReadOnlyBooleanProperty passphraseChangeableProperty() {
        return passphraseChangeable;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyObjectProperty<EnvironmentsViewModel.Feedback> feedbackProperty() {
        return feedback;
    }

    /** Finds out which store is in use. */
    public void load() {
        tasks.task(messages.get("settings.secrets.finding"), progress -> actualStore(secrets))
                .onSuccess(store -> {
                    file = store instanceof EncryptedFileSecretStore encrypted ? encrypted : null;
                    kind.set(messages.get("settings.secrets.kind." + store.kind().name()));
                    location.set(messages.text(store.where()));
                    passphraseChangeable.set(file != null);
                })
                .onFailure(error -> {
                    kind.set(messages.get("settings.secrets.unavailable"));
                    location.set(ErrorText.reason(error, messages));
                })
                .start();
    }

    /**
     * Re-encrypts the secret file under a new passphrase. A wrong current passphrase or a mismatch
     * between the two new ones changes nothing.
     */
    public void changePassphrase(String current, String replacement, String repeated) {
        if (file == null || busy.get()) {
            return;
        }
        if (PassphraseRule.problem(replacement == null ? null : replacement.toCharArray()).isPresent()) {
            feedback.set(new EnvironmentsViewModel.Feedback(
                    messages.get("settings.secrets.tooShort", PassphraseRule.MINIMUM_LENGTH), true));
            return;
        }
        if (!replacement.equals(repeated)) {
            feedback.set(new EnvironmentsViewModel.Feedback(messages.get("settings.secrets.mismatch"), true));
            return;
        }
        EncryptedFileSecretStore target = file;
        char[] old = current == null ? new char[0] : current.toCharArray();
        char[] next = replacement.toCharArray();
        busy.set(true);
        tasks.task(messages.get("settings.secrets.changing"), progress -> {
                    target.changePassphrase(old, next);
                    return null;
                })
                .notCancellable()
                .onSuccess(nothing -> {
                    busy.set(false);
                    feedback.set(new EnvironmentsViewModel.Feedback(messages.get("settings.secrets.changed"), false));
                })
                .onFailure(error -> {
                    busy.set(false);
                    boolean wrong = error instanceof SecretStoreException e
                            && e.reason() == SecretStoreException.Reason.WRONG_PASSPHRASE;
                    feedback.set(new EnvironmentsViewModel.Feedback(wrong ? messages.get("settings.secrets.wrongOld")
                            : messages.get("settings.secrets.changeFailed", ErrorText.reason(error, messages)), true));
                })
                .start();
    }

    /** The store behind the wrappers that defer the choice and keep Demo's credentials in memory. */
    static SecretStore actualStore(SecretStore store) {
        SecretStore current = store;
        while (true) {
            Optional<SecretStore> inner = current instanceof DemoAwareSecretStore demoAware
                    ? Optional.of(demoAware.persistent())
                    : current instanceof NoticingSecretStore noticing ? Optional.of(noticing.underlying())
                    : current instanceof DeferredSecretStore deferred ? Optional.of(deferred.chosen()) : Optional.empty();
            if (inner.isEmpty()) {
                return current;
            }
            current = inner.get();
        }
    }
}
