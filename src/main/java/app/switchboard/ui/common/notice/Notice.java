package app.switchboard.ui.common.notice;

import java.util.Objects;

/**
 * One message in the window's notification area.
 *
 * @param kind        decides the colour, the icon and whether it closes by itself
 * @param title       short heading, e.g. "Changed" or "Refused by DER Connect"
 * @param message     the sentence: what happened to which switch in which environment, and why
 * @param actionLabel text of the optional action button (e.g. "Undo"), null for none
 * @param action      what the button does; the notice closes when it is pressed
 */
public record Notice(Kind kind, String title, String message, String actionLabel, Runnable action) {

    /** Successes and information close by themselves; refusals and failures stay until closed. */
    public enum Kind {
        SUCCESS, INFO, REFUSED, FAILED;

        public boolean closesByItself() {
            return this == SUCCESS || this == INFO;
        }
    }

    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        if ((actionLabel == null) != (action == null)) {
            throw new IllegalArgumentException("An action needs both a label and what it does");
        }
    }

    public static Notice of(Kind kind, String title, String message) {
        return new Notice(kind, title, message, null, null);
    }

    public boolean hasAction() {
        return action != null;
    }
}
