package app.switchboard.ops;

/**
 * The server's truth about a switch.
 *
 * @param on         the switch's state (DER {@code isEnabled}, Fynn {@code active})
 * @param statusText the server's status when it says more than on/off (Fynn: {@code pending},
 *                   {@code expired}...), null otherwise
 */
public record SwitchState(boolean on, String statusText) {
    public static SwitchState of(boolean on) {
        return new SwitchState(on, null);
    }
}
