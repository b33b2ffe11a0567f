package app.switchboard.ops;

import java.util.Objects;

/** A write the server accepted: the state it reports afterwards, and its request id if it gave one. */
public record SwitchResult(SwitchState state, String requestId) {
    public SwitchResult {
        Objects.requireNonNull(state, "state");
    }
}
