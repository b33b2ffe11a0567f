package app.switchboard.ops.review;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.fynn.Entitlement;
import app.switchboard.fynn.EntitlementStatus;
import app.switchboard.fynn.EntitlementSubscriptionItem;
import app.switchboard.fynn.Feature;
import app.switchboard.fynn.FeatureStatus;
import app.switchboard.fynn.FeatureType;
import app.switchboard.ops.review.ReviewRow.Column;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A scan's snapshot ranks every column's words so that a review table can sort by counting. */
class ReviewRowRanksTest {
    @Test
    void aSnapshotRanksEachColumnByItsWordsIgnoringCaseAndAChangedRowKeepsItsRanks() {
        List<ReviewRow> rows = List.of(row("e1", "beta GmbH", "Users"), row("e2", "Acme", "users"),
                row("e3", "Beta GmbH", "API access"), row("e4", "acme", "Storage"));
        assertThat(rows.get(0).texts().rank(Column.CUSTOMER)).isEqualTo(-1);

        ReviewSnapshot snapshot = new ReviewSnapshot(Instant.EPOCH, 4, rows, List.of(), List.of(), Duration.ZERO);

        for (Column column : Column.values()) {
            Comparator<ReviewRow> byWords = Comparator.comparing(r -> r.texts().get(column).toLowerCase(Locale.ROOT));
            for (ReviewRow a : snapshot.rows()) {
                for (ReviewRow b : snapshot.rows()) {
                    assertThat(Integer.signum(Integer.compare(a.texts().rank(column), b.texts().rank(column))))
                            .as(column + ": " + a.texts() + " / " + b.texts())
                            .isEqualTo(Integer.signum(byWords.compare(a, b)));
                }
            }
        }
        ReviewSnapshot changed = snapshot.withRow("e2", row -> row.withStatus(EntitlementStatus.DISABLED));
        ReviewRow before = snapshot.rows().get(1);
        ReviewRow after = changed.rows().get(1);
        assertThat(after.status()).isEqualTo(EntitlementStatus.DISABLED);
        for (Column column : Column.values()) {
            assertThat(after.texts().rank(column)).isEqualTo(before.texts().rank(column));
        }
    }

    private static ReviewRow row(String id, String customer, String featureName) {
        Feature feature = new Feature("f-" + featureName, featureName, null, FeatureStatus.ACTIVE, FeatureType.SWITCH,
                null, null, null, null, null);
        Entitlement entitlement = new Entitlement(id, new EntitlementSubscriptionItem("i1", "Plan", null, null, null, "s1"),
                feature, "true", null, null, true, EntitlementStatus.ACTIVE);
        return new ReviewRow(new ReviewCustomer("c-" + customer, customer, null), "s-" + id, null, entitlement);
    }
}
