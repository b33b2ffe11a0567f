package app.switchboard.approvals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What a requester submits. The requester is whoever submits it (the team database's login), never a field.
 *
 * @param environment the environment's name
 * @param items       the switches, at least one
 * @param reason      why, required
 * @param applyAt     when to apply it once approved; null to apply as soon as it is approved
 * @param window      how long it may wait: from submitting (or from {@code applyAt}) until it expires
 */
public record NewRequest(String environment, List<RequestItem> items, String reason, Instant applyAt,
                         Duration window) {
    public static final Duration DEFAULT_WINDOW = Duration.ofHours(24);

    public NewRequest {
        items = items == null ? List.of() : List.copyOf(items);
        reason = reason == null ? null : reason.strip();
        window = window == null || window.isNegative() || window.isZero() ? DEFAULT_WINDOW : window;
    }

    /** When it expires if not applied by then. */
    public Instant expiresAt(Instant now) {
        return (applyAt == null ? now : applyAt).plus(window);
    }
}
