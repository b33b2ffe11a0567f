package app.switchboard.ui.subscriptions;

import app.switchboard.audit.ActivityCsv;
import app.switchboard.fynn.Entitlement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;

/**
 * The subscriptions on the page shown, or the entitlements of the subscription open, as RFC 4180 CSV
 * in the table's order. Times are ISO-8601 as Fynn sent them; cells are escaped like the activity export.
 */
final class SubscriptionCsv {
    static final List<String> SUBSCRIPTION_HEADER = List.of("id", "number", "customer", "customer number", "status",
            "activated", "contract end");
    static final List<String> ENTITLEMENT_HEADER = List.of("subscription", "id", "feature", "item", "value", "status",
            "valid from", "valid until");

    private SubscriptionCsv() {
    }

    static int subscriptions(List<SubscriptionRow> rows, Writer out) {
        return write(SUBSCRIPTION_HEADER, rows, row -> List.of(text(row.id()), text(row.number()),
                text(row.customerName()), text(row.customerNumber()), row.status() == null ? "" : row.status().value(),
                time(row.activatedAt()), time(row.contractEnd())), out);
    }

    static int entitlements(String subscription, List<EntitlementRow> rows, Writer out) {
        return write(ENTITLEMENT_HEADER, rows, row -> {
            Entitlement e = row.entitlement();
            return List.of(text(subscription), text(e.id()), e.feature() == null ? "" : text(e.feature().name()),
                    e.subscriptionItem() == null ? "" : text(e.subscriptionItem().name()), text(e.value()),
                    e.status() == null ? "" : e.status().value(), time(e.validFrom()), time(e.validUntil()));
        }, out);
    }

    private static <T> int write(List<String> header, List<T> rows, Function<T, List<String>> cells, Writer out) {
        try {
            ActivityCsv.writeRow(out, header);
            for (T row : rows) {
                ActivityCsv.writeRow(out, cells.apply(row));
            }
            out.flush();
            return rows.size();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the CSV export", e);
        }
    }

    private static String time(OffsetDateTime time) {
        return time == null ? "" : time.toString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
