package app.switchboard.ui.common.change;

import app.switchboard.audit.Api;
import app.switchboard.ops.ChangeTarget;
import app.switchboard.ui.common.fx.Messages;

/** A switch's state in the interface language: a DER feature is on/off, an entitlement active/inactive. */
public final class SwitchWords {
    private SwitchWords() {
    }

    public static String state(Api api, boolean on, Messages messages) {
        return messages.text(ChangeTarget.stateWords(api, on));
    }

}
