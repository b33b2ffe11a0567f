package app.switchboard.ops;

import app.switchboard.audit.Api;
import app.switchboard.credentials.RiskLevel;
import app.switchboard.text.Words;

import java.util.List;

/**
 * Everything the confirmation dialog (or the command line prompt) must show.
 *
 * @param environmentName       shown prominently
 * @param environmentColour     the environment's CSS colour
 * @param risk                  the environment's risk level
 * @param api                   which remote system
 * @param targets               the switches in the operator's words (one for a single change;
 *                              those that will change for a batch)
 * @param before                the state the operator saw; null for a batch (items may differ) and
 *                              for one switch whose state could not be read
 * @param after                 the state asked for
 * @param dangerous             a disable: style the confirm button as dangerous
 * @param reasonRequired        the confirm button stays disabled until a reason is typed
 * @param mayOfferDontAskAgain  whether "don't ask again this session" may be shown
 * @param counts                for a batch: will change / already so / not eligible; null for one
 * @param forApproval           the change becomes a change request: the dialog offers an "apply at" time
 */
public record ConfirmationRequest(String environmentName, String environmentColour, RiskLevel risk, Api api,
                                  List<Words> targets, Boolean before, boolean after, boolean dangerous,
                                  boolean reasonRequired, boolean mayOfferDontAskAgain, BulkCounts counts,
                                  boolean forApproval) {

    public ConfirmationRequest {
        targets = List.copyOf(targets);
    }

    /** A question about a change that is sent once confirmed (not a change request). */
    public ConfirmationRequest(String environmentName, String environmentColour, RiskLevel risk, Api api,
                               List<Words> targets, Boolean before, boolean after, boolean dangerous,
                               boolean reasonRequired, boolean mayOfferDontAskAgain, BulkCounts counts) {
        this(environmentName, environmentColour, risk, api, targets, before, after, dangerous, reasonRequired,
                mayOfferDontAskAgain, counts, false);
    }

    public boolean isBatch() {
        return counts != null;
    }

    /** One switch whose current state could not be read: the confirmation must say so. */
    public boolean stateUnread() {
        return counts == null && before == null;
    }

    /** The state word for the dialog, e.g. "on", "inactive". */
    public String stateWord(boolean on) {
        return api.stateWord(on);
    }
}
