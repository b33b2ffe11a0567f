package app.switchboard.cli;

/** The {@code on|off} argument of a change. */
public enum Switch {
    ON, OFF;

    public boolean on() {
        return this == ON;
    }
}
