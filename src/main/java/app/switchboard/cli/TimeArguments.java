package app.switchboard.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the time arguments people type: {@code 30d}, {@code 12h}, {@code 45m}, a date or a date-time. */
final class TimeArguments {
    private static final Pattern SPAN = Pattern.compile("(\\d+)\\s*([dhmw])");

    private TimeArguments() {
    }

    /** {@code 30d}, {@code 2w}, {@code 12h}, {@code 45m}, or ISO-8601 such as {@code P30D}. */
    static Duration span(String text) {
        Matcher m = SPAN.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "w" -> Duration.ofDays(7 * n);
                case "d" -> Duration.ofDays(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofMinutes(n);
            };
        }
        try {
            return Duration.parse(text.strip().toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new UsageException("\"" + text + "\" is not a time span: write e.g. 30d, 2w, 12h or 45m.");
        }
    }

    /** A point in time: a span back from {@code now} ({@code 7d}), a date (UTC midnight) or a date-time. */
    static Instant since(String text, Instant now) {
        String t = text.strip();
        if (SPAN.matcher(t.toLowerCase(Locale.ROOT)).matches()) {
            return now.minus(span(t));
        }
        try {
            return LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notADate) {
            try {
                return OffsetDateTime.parse(t).toInstant();
            } catch (DateTimeParseException notADateTime) {
                throw new UsageException("\"" + text + "\" is not a time: write e.g. 7d, 2026-11-01 or "
                        + "2026-11-01T09:00:00Z.");
            }
        }
    }

    /**
     * An apply-at time: ISO-8601 with an offset ({@code 2026-12-08T08:00:00Z}, {@code …+01:00}) or a local
     * date-time in {@code zone} ({@code 2026-12-08T09:00}); one that has passed is refused.
     */
    static Instant applyAt(String text, ZoneId zone, Instant now) {
        String t = text.strip();
        Instant at;
        try {
            at = OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            try {
                at = LocalDateTime.parse(t).atZone(zone).toInstant();
            } catch (DateTimeParseException notLocal) {
                throw new UsageException("--apply-at \"" + text + "\" is not a time: write ISO-8601, e.g. "
                        + "2026-12-08T09:00 (in your time zone, " + zone.getId() + ") or 2026-12-08T08:00:00Z. "
                        + "Nothing was changed.");
            }
        }
        if (!at.isAfter(now)) {
            throw new UsageException("--apply-at " + t + " has passed (it is now " + now.atZone(zone).toLocalDateTime()
                    .truncatedTo(java.time.temporal.ChronoUnit.MINUTES) + " in " + zone.getId()
                    + "): give a time to come. Nothing was changed.");
        }
        return at;
    }
}
