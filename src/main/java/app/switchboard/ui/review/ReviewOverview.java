package app.switchboard.ui.review;

import app.switchboard.fynn.EntitlementStatus;
import app.switchboard.ops.review.ReviewSnapshot;
import app.switchboard.ops.review.WeekBucket;
import app.switchboard.ui.common.table.StatusBadge;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

/** Fills the summary strip (entitlements per status) and the chart of expirations per week. */
final class ReviewOverview {
    private final ReviewTexts texts;
    private final FlowPane strip;
    private final Label total;
    private final BarChart<String, Number> chart;

    ReviewOverview(ReviewTexts texts, FlowPane strip, Label total, BarChart<String, Number> chart) {
        this.texts = texts;
        this.strip = strip;
        this.total = total;
        this.chart = chart;
        chart.setAccessibleText(texts.get("review.chart.title"));
    }

    void showCounts(Map<EntitlementStatus, Long> counts, ReviewSnapshot snapshot) {
        strip.getChildren().clear();
        StringJoiner words = new StringJoiner(", ");
        counts.forEach((status, count) -> {
            Label number = new Label(texts.number(count));
            number.getStyleClass().add("review-tile-count");
            number.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
            StatusBadge badge = Badges.entitlement(status, texts);
            HBox tile = new HBox(number, badge);
            tile.getStyleClass().add("review-tile");
            tile.setId("summary-" + status.value());
            String said = texts.get("review.summary.tile", texts.number(count), badge.words());
            tile.setAccessibleText(said);
            words.add(said);
            strip.getChildren().add(tile);
        });
        strip.setAccessibleText(words.toString());
        total.setText(snapshot == null ? "" : texts.get("review.summary.total", snapshot.rows().size(),
                snapshot.subscriptions()));
    }

    void showWeeks(List<WeekBucket> weeks) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        StringJoiner words = new StringJoiner("; ");
        for (WeekBucket week : weeks) {
            String category = texts.weekStart(week.firstDay());
            XYChart.Data<String, Number> bar = new XYChart.Data<>(category, week.expirations());
            String said = texts.get("review.chart.bar", week.week(), texts.date(week.firstDay()),
                    texts.date(week.endDay().minusDays(1)), week.expirations());
            bar.nodeProperty().addListener((obs, old, node) -> {
                if (node != null) {
                    Tooltip.install(node, new Tooltip(said));
                }
            });
            series.getData().add(bar);
            words.add(said);
        }
        chart.getData().setAll(List.of(series));
        chart.setAccessibleHelp(words.toString());
    }
}
