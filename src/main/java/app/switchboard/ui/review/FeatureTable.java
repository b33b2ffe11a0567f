package app.switchboard.ui.review;

import app.switchboard.fynn.Feature;
import app.switchboard.fynn.FeatureConfig;
import app.switchboard.fynn.FeatureConfigOption;
import app.switchboard.fynn.FeatureStatus;
import app.switchboard.ops.review.FeatureUsage;
import app.switchboard.ui.common.table.HeaderWidths;
import app.switchboard.ui.common.table.KeySortedTable;
import app.switchboard.ui.common.table.SortKey;
import java.util.stream.Collectors;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The feature catalogue: name, type, status badge, levels, unit and how many scanned entitlements use it. */
final class FeatureTable {
    private FeatureTable() {
    }

    static void configure(TableView<FeatureUsage> table, ReviewTexts texts) {
        KeySortedTable<FeatureUsage> columns = new KeySortedTable<>(table);
        columns.column(texts.get("review.feature.column.name"), u -> name(u.feature()),
                SortKey.byText(u -> name(u.feature())), 200);
        columns.column(texts.get("review.feature.column.type"), u -> type(u.feature(), texts),
                SortKey.byText(u -> type(u.feature(), texts)), 110);
        TableColumn<FeatureUsage, FeatureStatus> status = columns.column(texts.get("review.feature.column.status"),
                u -> u.feature().status(), SortKey.byText(u -> texts.featureStatus(u.feature().status())), 110);
        status.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(FeatureStatus item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(empty ? null : Badges.feature(item, texts));
            }
        });
        columns.column(texts.get("review.feature.column.levels"), u -> levels(u.feature(), texts),
                SortKey.byText(u -> levels(u.feature(), texts)), 260);
        columns.column(texts.get("review.feature.column.unit"), u -> blankToDash(u.feature().unit()),
                SortKey.byText(u -> u.feature().unit()), 90);
        TableColumn<FeatureUsage, String> used = columns.column(texts.get("review.feature.column.used"),
                u -> texts.get("review.feature.used", u.entitlements()),
                SortKey.byKey(u -> (long) u.entitlements()), 160);
        used.getStyleClass().add("numeric");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        HeaderWidths.keepWhole(table);
    }

    static String name(Feature feature) {
        return feature.name() != null ? feature.name() : blankToDash(feature.id());
    }

    static String type(Feature feature, ReviewTexts texts) {
        if (feature.type() == null) {
            return "—";
        }
        String key = "review.feature.type." + feature.type().value();
        return feature.type().isKnown() ? texts.get(key) : feature.type().value();
    }

    /** "Basic, Pro, Enterprise" for levels, "1–100" for a range, "—" without config. */
    static String levels(Feature feature, ReviewTexts texts) {
        FeatureConfig config = feature.config();
        if (config == null) {
            return "—";
        }
        if (!config.options().isEmpty()) {
            return config.options().stream().map(FeatureTable::label).collect(Collectors.joining(", "));
        }
        if (config.from().isPresent() || config.to().isPresent()) {
            return texts.get("review.feature.range", config.from().orElse("0"),
                    config.to().orElse(texts.get("review.feature.unlimited")));
        }
        return "—";
    }

    private static String label(FeatureConfigOption option) {
        return option.label() != null && !option.label().isBlank() ? option.label() : blankToDash(option.value());
    }

    private static String blankToDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
