package app.switchboard.ui.common.session;

import app.switchboard.credentials.RiskLevel;
import app.switchboard.ui.common.fx.Messages;
import java.util.Locale;

/** What a risk level means for the operator, as shown in the environment band, in the operator's language. */
public final class RiskWords {
    private RiskWords() {
    }

    public static String label(RiskLevel risk, Messages messages) {
        return messages.get(key(risk));
    }

    public static String meaning(RiskLevel risk, Messages messages) {
        return messages.get(key(risk) + ".meaning");
    }

    private static String key(RiskLevel risk) {
        return "shell.risk." + risk.name().toLowerCase(Locale.ROOT);
    }
}
