package app.switchboard.audit;

/** The remote system a change went to, named as the operator knows it. */
public enum Api {
    DER_CONNECT("DER Connect", "on", "off"),
    FYNN("Fynn", "active", "inactive");

    private final String displayName;
    private final String onWord;
    private final String offWord;

    Api(String displayName, String onWord, String offWord) {
        this.displayName = displayName;
        this.onWord = onWord;
        this.offWord = offWord;
    }

    public String displayName() {
        return displayName;
    }

    /** How the operator says the switch's state: a DER feature is on/off, an entitlement active/inactive. */
    public String stateWord(boolean on) {
        return on ? onWord : offWord;
    }
}
