package app.switchboard.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The one way the console writes dates and times, in the operator's language: the medium date
 * ("Oct 11, 2025", "11.10.2025") everywhere, with a short time beside it ("Oct 11, 2025, 2:10 PM")
 * where the minute matters and seconds only where they do (the activity log, exact tooltips).
 * Views make one for their locale and clock zone instead of their own formatters, so a date looks
 * the same in every table, detail and tooltip.
 */
public final class DateTexts {
    private final ZoneId zone;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter exact;
    private final DateTimeFormatter time;
    private final DateTimeFormatter exactTime;

    private DateTexts(Locale locale, ZoneId zone) {
        this.zone = zone;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(zone);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone);
        this.exact = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.MEDIUM)
                .withLocale(locale).withZone(zone);
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(zone);
        this.exactTime = DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM).withLocale(locale).withZone(zone);
    }

    public static DateTexts of(Locale locale, ZoneId zone) {
        return new DateTexts(locale, zone);
    }

    public ZoneId zone() {
        return zone;
    }

    public String date(Instant instant) {
        return date.format(instant);
    }

    public String date(OffsetDateTime time) {
        return date.format(time.toInstant());
    }

    public String date(LocalDate day) {
        return date.format(day.atStartOfDay(zone));
    }

    /** Date and minute: "Oct 11, 2025, 2:10 PM". */
    public String dateTime(Instant instant) {
        return dateTime.format(instant);
    }

    /** Date and second: for the activity log and the tooltip that gives a value exactly. */
    public String exact(Instant instant) {
        return exact.format(instant);
    }

    /** The minute alone, for an end on its start's day. */
    public String time(Instant instant) {
        return time.format(instant);
    }

    /** The second alone, for "last refresh". */
    public String exactTime(Instant instant) {
        return exactTime.format(instant);
    }

    public boolean sameDay(Instant one, Instant other) {
        return one.atZone(zone).toLocalDate().equals(other.atZone(zone).toLocalDate());
    }
}
