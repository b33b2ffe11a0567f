package app.switchboard.ui.common;

/** The two remote systems the console talks to, named as operators know them. */
public enum Api {
    DER_CONNECT("DER Connect"),
    FYNN("Fynn");

    private final String displayName;

    Api(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
