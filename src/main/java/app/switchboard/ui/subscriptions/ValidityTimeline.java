package app.switchboard.ui.subscriptions;

import app.switchboard.fynn.Entitlement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.collections.ObservableList;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The validity timeline: one lane per listed entitlement, a bar from its start to its end
 * (an open end fades out into an arrow), coloured by status and labelled with the status in words
 * and its icon, and a line for today. Clicking a bar selects its row. Positions come from
 * {@link TimelineLayout}.
 */
public final class ValidityTimeline extends Pane {
    static final double AXIS_HEIGHT = 40;
    static final double LANE_HEIGHT = 24;
    private static final double BAR_HEIGHT = 16;
    private static final double FADE = 36;
    private static final double MIN_TICK_GAP = 70;

    private final ObservableList<EntitlementRow> rows;
    private final EntitlementTexts texts;
    private final Consumer<EntitlementRow> onSelect;
    private final DateTimeFormatter tickFormat;
    private final InvalidationListener redraw = obs -> redraw();
    private EntitlementRow selected;
    private TimelineLayout layout;

    public ValidityTimeline(ObservableList<EntitlementRow> rows, EntitlementTexts texts, Consumer<EntitlementRow> onSelect) {
        this.rows = rows;
        this.texts = texts;
        this.onSelect = onSelect;
        this.tickFormat = DateTimeFormatter.ofPattern("MMM yyyy", texts.messages().locale());
        getStyleClass().add("validity-timeline");
        setAccessibleRole(AccessibleRole.LIST_VIEW);
        setAccessibleText(texts.messages().get("subscriptions.detail.timeline.accessible"));
        rows.addListener((javafx.collections.ListChangeListener<EntitlementRow>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(r -> r.entitlementProperty().removeListener(redraw));
                change.getAddedSubList().forEach(r -> r.entitlementProperty().addListener(redraw));
            }
            redraw();
        });
        rows.forEach(r -> r.entitlementProperty().addListener(redraw));
        widthProperty().addListener(redraw);
        setMinHeight(AXIS_HEIGHT + LANE_HEIGHT);
    }

    /** Highlights the bar of {@code row} (the table's selection). */
    public void select(EntitlementRow row) {
        selected = row;
        redraw();
    }

    /** The layout of the last drawing; null before the first. */
    public TimelineLayout currentLayout() {
        return layout;
    }

    @Override
    protected double computePrefHeight(double width) {
        return AXIS_HEIGHT + Math.max(1, rows.size()) * LANE_HEIGHT + 8;
    }

    static TimelineLayout layoutFor(List<EntitlementRow> rows, Instant today, double width) {
        return new TimelineLayout(rows.stream().map(r -> new TimelineLayout.Span(r.id(),
                instant(r.entitlement().validFrom()), instant(r.entitlement().validUntil()))).toList(), today, width);
    }

    private void redraw() {
        getChildren().clear();
        if (getWidth() <= TimelineLayout.LABEL_WIDTH) {
            return;
        }
        ZoneId zone = texts.clock().getZone();
        layout = layoutFor(rows, texts.clock().instant(), getWidth());
        double bottom = AXIS_HEIGHT + Math.max(1, rows.size()) * LANE_HEIGHT;
        for (TimelineLayout.Tick tick : layout.ticks(zone, MIN_TICK_GAP)) {
            if (tick.x() + MIN_TICK_GAP - 10 > getWidth()) {
                continue; // its label would be cut off at the right edge
            }
            Line mark = new Line(tick.x(), AXIS_HEIGHT - 4, tick.x(), bottom);
            mark.getStyleClass().add("timeline-grid");
            Label text = new Label(tickFormat.format(tick.date()));
            text.getStyleClass().add("timeline-tick");
            text.relocate(tick.x() + 3, 18);
            getChildren().addAll(mark, text);
        }
        List<TimelineLayout.Bar> bars = layout.bars();
        for (int i = 0; i < bars.size(); i++) {
            getChildren().add(lane(rows.get(i), bars.get(i), AXIS_HEIGHT + i * LANE_HEIGHT));
        }
        double x = layout.todayX();
        Line today = new Line(x, 14, x, bottom + 4);
        today.setId("timelineToday");
        today.getStyleClass().add("timeline-today");
        Label todayText = new Label(texts.messages().get("subscriptions.timeline.today"));
        todayText.getStyleClass().add("timeline-today-label");
        todayText.relocate(x + 4, 0);
        getChildren().addAll(today, todayText);
    }

    private Group lane(EntitlementRow row, TimelineLayout.Bar bar, double y) {
        Entitlement e = row.entitlement();
        String statusWord = texts.status(e.status());
        Group lane = new Group();
        lane.getStyleClass().addAll("timeline-lane", StatusLook.of(e.status()).styleClass());
        if (row == selected) {
            lane.getStyleClass().add("selected");
        }
        Label name = new Label(texts.featureName(e));
        name.getStyleClass().add("timeline-feature");
        name.setMaxWidth(TimelineLayout.LABEL_WIDTH - 12);
        name.relocate(4, y + 3);

        double top = y + (LANE_HEIGHT - BAR_HEIGHT) / 2;
        double solidLeft = bar.openStart() ? bar.left() + FADE : bar.left();
        double solidRight = bar.openEnd() ? bar.right() - FADE : bar.right();
        Rectangle solid = new Rectangle(solidLeft, top, Math.max(2, solidRight - solidLeft), BAR_HEIGHT);
        solid.getStyleClass().add("timeline-bar");
        lane.getChildren().addAll(name, solid);
        if (bar.openStart()) {
            lane.getChildren().add(fade(bar.left(), top, "timeline-fade-left"));
        }
        if (bar.openEnd()) {
            Rectangle fade = fade(solidRight, top, "timeline-fade-right");
            Polygon arrow = new Polygon(bar.right(), top + BAR_HEIGHT / 2, bar.right() - 7, top, bar.right() - 7, top + BAR_HEIGHT);
            arrow.getStyleClass().add("timeline-open-arrow");
            lane.getChildren().addAll(fade, arrow);
        }
        Label status = new Label(statusWord, new FontIcon(StatusLook.of(e.status()).icon()));
        status.getStyleClass().add("timeline-status");
        boolean fitsInside = solidRight - solidLeft > 90;
        status.relocate(fitsInside ? solidLeft + 4 : Math.min(bar.right() + 4, layout.plotRight() - 80), top);
        if (!fitsInside) {
            status.getStyleClass().add("outside");
        }
        lane.getChildren().add(status);
        lane.setAccessibleRole(AccessibleRole.LIST_ITEM);
        lane.setAccessibleText(texts.messages().get("subscriptions.timeline.bar.accessible",
                texts.featureName(e), statusWord, texts.window(e)));
        lane.setId("timelineBar-" + row.id());
        lane.setOnMouseClicked(event -> onSelect.accept(row));
        return lane;
    }

    private static Rectangle fade(double x, double top, String styleClass) {
        Rectangle fade = new Rectangle(x, top, FADE, BAR_HEIGHT);
        fade.getStyleClass().add(styleClass);
        return fade;
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
