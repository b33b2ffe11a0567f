package app.switchboard.ui.common.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {
    @Test
    void germanTextsComeFromTheGermanBundle() {
        assertThat(Messages.load(Locale.GERMAN).get("common.action.cancel")).isEqualTo("Abbrechen");
        assertThat(Messages.load(Locale.ENGLISH).get("common.action.cancel")).isEqualTo("Cancel");
    }

    @Test
    void anUnsupportedLanguageFallsBackToEnglishNotToTheMachineLocale() {
        assertThat(Messages.load(Locale.JAPANESE).get("common.action.cancel")).isEqualTo("Cancel");
    }

    @Test
    void argumentsAreFilledInAndAMissingKeyShowsItself() {
        Messages messages = Messages.load(Locale.ENGLISH);
        assertThat(messages.get("no.such.key")).isEqualTo("no.such.key");
        assertThat(messages.get("common.app.name", 1)).isEqualTo("Switchboard");
    }
}
