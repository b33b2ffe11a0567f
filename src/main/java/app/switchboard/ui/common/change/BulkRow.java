package app.switchboard.ui.common.change;

import app.switchboard.ops.ChangeTarget;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.table.StatusBadge;

/**
 * One line of the bulk window: a switch, where it stands in the flow, and why.
 *
 * @param message the reason it is left out, the server's refusal, or the failure's cause; may be empty
 */
public record BulkRow(ChangeTarget target, State state, String message) {

    public enum State {
        WILL_CHANGE, ALREADY, NOT_ELIGIBLE, WAITING, SUCCEEDED, REFUSED, FAILED, STALE, NOT_STARTED, NOT_APPLIED,
        AWAITING_APPROVAL;

        /** The badge for this state, in words and not by colour alone. */
        void showOn(StatusBadge badge, Messages messages) {
            String words = messages.get("changes.bulk.state." + name().toLowerCase(java.util.Locale.ROOT));
            switch (this) {
                case WILL_CHANGE -> badge.show(words, org.kordamp.ikonli.materialdesign2.MaterialDesignA.ARROW_RIGHT_CIRCLE, StatusBadge.Tone.ACCENT);
                case ALREADY -> badge.show(words, org.kordamp.ikonli.materialdesign2.MaterialDesignC.CHECK, StatusBadge.Tone.NEUTRAL);
                case NOT_ELIGIBLE -> badge.show(words, org.kordamp.ikonli.materialdesign2.MaterialDesignC.CANCEL, StatusBadge.Tone.WARNING);
                case WAITING -> badge.show(words, org.kordamp.ikonli.materialdesign2.MaterialDesignP.PROGRESS_CLOCK, StatusBadge.Tone.NEUTRAL);
                case SUCCEEDED -> badge.show(words, org.kordamp.ikonli.materialdesign2.MaterialDesignC.CHECK_CIRCLE, StatusBadge.Tone.SUCCESS);
                case REFUSED -> badge.show(words, org.kordamp.ikonli.materialdesign2.MaterialDesignM.MINUS_CIRCLE, StatusBadge.Tone.WARNING);
                case FAILED -> badge.show(words, org.kordamp.ikonli.materialdesign2.MaterialDesignA.ALERT_OCTAGON, StatusBadge.Tone.DANGER);
                case STALE -> badge.show(words, org.kordamp.ikonli.materialdesign2.MaterialDesignA.ACCOUNT_SWITCH, StatusBadge.Tone.WARNING);
                case NOT_STARTED -> badge.show(words, org.kordamp.ikonli.materialdesign2.MaterialDesignS.STOP_CIRCLE_OUTLINE, StatusBadge.Tone.NEUTRAL);
                case NOT_APPLIED -> badge.show(words, org.kordamp.ikonli.materialdesign2.MaterialDesignA.ALERT, StatusBadge.Tone.DANGER);
                case AWAITING_APPROVAL -> badge.show(words, org.kordamp.ikonli.materialdesign2.MaterialDesignC.CLOCK_OUTLINE, StatusBadge.Tone.WARNING);
            }
        }
    }
}
