package app.switchboard.ui.common.change;

import app.switchboard.approvals.ApprovalRequest;
import app.switchboard.approvals.RequestItem;
import app.switchboard.approvals.RequestState;
import app.switchboard.audit.Api;
import app.switchboard.ops.ChangeTarget;
import app.switchboard.ui.common.fx.Messages;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The switches that open change requests in the team database hold, whoever asked and from
 * whichever console: the Requests view fills it each time it loads (live through the database's
 * notifications), and the entity and subscription details show "Awaiting approval" beside those
 * switches until the request is approved, rejected, withdrawn or expires. JavaFX thread only.
 */
public final class AwaitingApproval {
    private final ObservableList<ApprovalRequest> open = FXCollections.observableArrayList();

    /** The pending requests as the team database listed them; only the open ones hold a switch. */
    public void update(List<ApprovalRequest> pending) {
        List<ApprovalRequest> now = pending.stream().filter(r -> r.state() == RequestState.OPEN).toList();
        if (!now.equals(open)) {
            open.setAll(now);
        }
    }

    /** Runs {@code onChange} whenever the set of open requests changes. */
    public void addListener(Runnable onChange) {
        open.addListener((ListChangeListener<ApprovalRequest>) change -> onChange.run());
    }

    /** The open request that holds this switch in {@code environment}, if one does. */
    public Optional<ApprovalRequest> of(String environment, Api api, String targetId, String item) {
        if (environment == null) {
            return Optional.empty();
        }
        return open.stream().filter(r -> r.environment().equals(environment))
                .filter(r -> r.items().stream().anyMatch(i -> i.isSwitch(api, targetId, item))).findFirst();
    }

    /** "Change request … by alice asks for off; nothing is sent until another person approves it." */
    public static String words(ApprovalRequest request, Api api, String targetId, String item, Messages messages) {
        RequestItem asked = request.items().stream().filter(i -> i.isSwitch(api, targetId, item)).findFirst()
                .orElseThrow();
        return messages.get("changes.awaiting.reason", request.id(), request.requester(),
                messages.text(ChangeTarget.stateWords(api, asked.desiredOn())));
    }
}
