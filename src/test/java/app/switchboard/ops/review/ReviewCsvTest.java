package app.switchboard.ops.review;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.audit.CsvReader;
import app.switchboard.client.CallScope;
import app.switchboard.fynn.Entitlement;
import app.switchboard.fynn.EntitlementStatus;
import app.switchboard.fynn.EntitlementSubscriptionItem;
import app.switchboard.fynn.Feature;
import app.switchboard.fynn.FeatureStatus;
import app.switchboard.fynn.FeatureType;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewCsvTest {

    @Test
    void aScannedQueueRoundTripsThroughTheCsvExport() {
        List<ReviewRow> rows;
        try (ReviewSandbox sandbox = new ReviewSandbox(ReviewScannerTest.CLOCK, 1, 0)) {
            ReviewSnapshot snapshot = sandbox.scanner(ReviewScannerTest.CLOCK).scan(new CallScope(), null);
            rows = new ReviewQueries(ReviewScannerTest.CLOCK).rows(snapshot, ReviewQueue.EXPIRING, ReviewQueries.days(90));
        }
        StringWriter out = new StringWriter();

        int written = ReviewCsv.write(rows, out);
        List<List<String>> parsed = cells(out.toString());

        assertThat(written).isEqualTo(rows.size()).isPositive();
        assertThat(parsed.get(0)).isEqualTo(ReviewCsv.HEADER);
        assertThat(parsed).hasSize(rows.size() + 1);
        for (int i = 0; i < rows.size(); i++) {
            ReviewRow row = rows.get(i);
            List<String> cells = parsed.get(i + 1);
            assertThat(cells.get(0)).isEqualTo(row.customer().name());
            assertThat(cells.get(1)).isEqualTo(row.customer().number());
            assertThat(cells.get(2)).isEqualTo(row.subscriptionNumber());
            assertThat(cells.get(3)).isEqualTo(row.subscriptionId());
            assertThat(cells.get(4)).isEqualTo(row.itemName());
            assertThat(cells.get(5)).isEqualTo(row.featureName());
            assertThat(cells.get(6)).isEqualTo(row.displayValue());
            assertThat(Instant.parse(cells.get(7))).isEqualTo(row.validFrom());
            assertThat(Instant.parse(cells.get(8))).isEqualTo(row.validUntil());
            assertThat(EntitlementStatus.of(cells.get(9))).isEqualTo(row.status());
            assertThat(cells.get(10)).isEqualTo(row.entitlementId());
        }
    }

    @Test
    void commasQuotesLineBreaksAndFormulasSurviveOrAreDefused() {
        Feature feature = new Feature("f1", "Seats, \"named\"", null, FeatureStatus.ACTIVE, FeatureType.QUANTITY,
                null, "users", null, null, null);
        Entitlement entitlement = new Entitlement("e1", new EntitlementSubscriptionItem("i1", "Line one\r\nline two",
                null, null, null, "s1"), feature, "25", null, null, true, EntitlementStatus.ACTIVE);
        ReviewRow row = new ReviewRow(new ReviewCustomer("c1", "=HYPERLINK(\"x\")", "CUS-1"), "s1", "SUB-1", entitlement);
        StringWriter out = new StringWriter();

        ReviewCsv.write(List.of(row), out);
        List<String> cells = cells(out.toString()).get(1);

        assertThat(cells.get(0)).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(cells.get(4)).isEqualTo("Line one\r\nline two");
        assertThat(cells.get(5)).isEqualTo("Seats, \"named\"");
        assertThat(cells.get(6)).isEqualTo("25 users");
        assertThat(cells.get(7)).isEmpty();
        assertThat(cells.get(8)).isEmpty();
    }

    private static List<List<String>> cells(String csv) {
        return CsvReader.parse(csv).stream().map(CsvReader.Row::cells).toList();
    }
}
