package app.switchboard.ui.subscriptions;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where things go on the validity timeline, as plain numbers: the time axis spans every known
 * start and end plus today, with a margin; an open start or end runs to the edge of the axis.
 * Kept apart from the drawing so that positions (today's line above all) can be checked with a
 * fixed clock.
 */
public final class TimelineLayout {
    /** Space on the left for the feature names. */
    public static final double LABEL_WIDTH = 170;
    public static final double RIGHT_MARGIN = 16;
    private static final Duration MIN_MARGIN = Duration.ofDays(14);
    private static final Duration EMPTY_HALF_SPAN = Duration.ofDays(90);

    private final List<Span> spans;
    private final Instant today;
    private final double width;
    private final Instant start;
    private final Instant end;

    /** One entitlement's window; either end may be null (open). */
    public record Span(String id, Instant from, Instant until) {
    }

    /** A bar: left and right x, and whether each end is open (drawn fading, not as an edge). */
    public record Bar(String id, double left, double right, boolean openStart, boolean openEnd) {
    }

    /** A labelled mark on the axis, at the first day of a month. */
    public record Tick(LocalDate date, double x) {
    }

    public TimelineLayout(List<Span> spans, Instant today, double width) {
        this.spans = List.copyOf(spans);
        this.today = Objects.requireNonNull(today, "today");
        this.width = width;
        Instant min = today;
        Instant max = today;
        boolean anyBound = false;
        for (Span span : spans) {
            for (Instant t : new Instant[] {span.from(), span.until()}) {
                if (t != null) {
                    anyBound = true;
                    min = t.isBefore(min) ? t : min;
                    max = t.isAfter(max) ? t : max;
                }
            }
        }
        if (!anyBound) {
            min = today.minus(EMPTY_HALF_SPAN);
            max = today.plus(EMPTY_HALF_SPAN);
        }
        Duration margin = Duration.between(min, max).dividedBy(20);
        margin = margin.compareTo(MIN_MARGIN) < 0 ? MIN_MARGIN : margin;
        this.start = min.minus(margin);
        this.end = max.plus(margin);
    }

    public Instant start() {
        return start;
    }

    public Instant end() {
        return end;
    }

    public double plotLeft() {
        return LABEL_WIDTH;
    }

    public double plotRight() {
        return Math.max(LABEL_WIDTH + 1, width - RIGHT_MARGIN);
    }

    /** The x of a moment; moments outside the axis land outside the plot. */
    public double xOf(Instant moment) {
        double total = Duration.between(start, end).toMillis();
        double offset = Duration.between(start, moment).toMillis();
        return plotLeft() + (plotRight() - plotLeft()) * offset / total;
    }

    /** Where the line for today goes. */
    public double todayX() {
        return xOf(today);
    }

    public List<Bar> bars() {
        List<Bar> bars = new ArrayList<>(spans.size());
        for (Span span : spans) {
            boolean openStart = span.from() == null;
            boolean openEnd = span.until() == null;
            bars.add(new Bar(span.id(), openStart ? plotLeft() : xOf(span.from()),
                    openEnd ? plotRight() : xOf(span.until()), openStart, openEnd));
        }
        return bars;
    }

    /** Month starts on the axis, thinned so that labels stay at least {@code minGap} apart. */
    public List<Tick> ticks(ZoneId zone, double minGap) {
        LocalDate first = start.atZone(zone).toLocalDate().withDayOfMonth(1).plusMonths(1);
        LocalDate last = end.atZone(zone).toLocalDate();
        double monthWidth = (plotRight() - plotLeft()) / Math.max(1.0, Duration.between(start, end).toDays() / 30.44);
        int step = 1;
        for (int candidate : new int[] {1, 2, 3, 6, 12, 24, 60}) {
            step = candidate;
            if (monthWidth * candidate >= minGap) {
                break;
            }
        }
        List<Tick> ticks = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusMonths(1)) {
            if ((d.getYear() * 12 + d.getMonthValue() - 1) % step == 0) {
                ticks.add(new Tick(d, xOf(d.atStartOfDay(zone).toInstant())));
            }
        }
        return ticks;
    }
}
