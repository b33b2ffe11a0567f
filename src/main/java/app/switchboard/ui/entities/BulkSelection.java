package app.switchboard.ui.entities;

import app.switchboard.credentials.Environment;
import app.switchboard.derconnect.DerConnectApi;
import app.switchboard.ops.BulkCandidate;
import app.switchboard.ops.ChangeTarget;
import app.switchboard.ui.common.fx.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the selected entities into bulk candidates for one feature: the current state read from
 * the server for those it applies to, and the reason for those it does not (they are listed as
 * not eligible in the preview instead of being sent). Blocks on the network: run it in the background.
 */
final class BulkSelection {
    private final Messages messages;

    BulkSelection(Messages messages) {
        this.messages = messages;
    }

    List<BulkCandidate> candidates(List<EntityRow> rows, KnownFeature feature, Environment environment,
                                   DerConnectApi der) {
        List<BulkCandidate> candidates = new ArrayList<>(rows.size());
        for (EntityRow row : rows) {
            ChangeTarget target = ChangeTarget.derFeature(environment, row.id(), feature.name(), row.entity().name(),
                    row.type() == null ? null : row.type().value(), row.identifier());
            if (row.type() != null && !feature.appliesTo(row.type())) {
                candidates.add(new BulkCandidate(target, false, messages.get("entities.feature.notApplicable",
                        feature.name(), EntityTypes.label(messages, row.type()))));
                continue;
            }
            boolean on = der.features(row.id()).stream()
                    .anyMatch(f -> feature.name().equals(f.feature()) && Boolean.TRUE.equals(f.enabled()));
            candidates.add(BulkCandidate.eligible(target, on));
        }
        return candidates;
    }
}
