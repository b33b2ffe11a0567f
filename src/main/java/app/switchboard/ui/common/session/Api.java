package app.switchboard.ui.common.session;

import app.switchboard.ui.common.fx.Messages;

/** The two remote systems the console talks to, named as operators know them. */
public enum Api {
    DER_CONNECT("DER Connect"),
    FYNN("Fynn");

    private final String displayName;

    Api(String displayName) {
        this.displayName = displayName;
    }

    /** The product name; the same in every language, but taken from the bundle like every shown text. */
    public String displayName(Messages messages) {
        return messages.get(this == DER_CONNECT ? "shell.api.derConnect" : "shell.api.fynn");
    }

    public String displayName() {
        return displayName;
    }
}
