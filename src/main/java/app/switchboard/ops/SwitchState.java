package app.switchboard.ops;

/**
 * The server's truth about a switch.
 *
 * @param on         the switch's state (DER {@code isEnabled}, Fynn {@code active}); null when the
 *                   server's answer did not say (a missing or null state is unknown, never off)
 * @param statusText the server's status when it says more than on/off (Fynn: {@code pending},
 *                   {@code expired}...), null otherwise
 */
public record SwitchState(Boolean on, String statusText) {
    public static SwitchState of(Boolean on) {
        return new SwitchState(on, null);
    }

    public static SwitchState unknown() {
        return new SwitchState(null, null);
    }

    public boolean isKnown() {
        return on != null;
    }
}
