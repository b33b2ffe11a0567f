package app.switchboard.ops.review;

import java.time.LocalDate;

/**
 * Expirations in one week of the chart: entitlements whose validity ends on a day in
 * [{@code firstDay}, {@code endDay}).
 *
 * @param week     1 for the week starting today, up to 12
 * @param firstDay first day of the week (inclusive)
 * @param endDay   the day after the last day (exclusive), i.e. firstDay + 7 days
 */
public record WeekBucket(int week, LocalDate firstDay, LocalDate endDay, long expirations) {

    public boolean containsDay(LocalDate day) {
        return !day.isBefore(firstDay) && day.isBefore(endDay);
    }
}
