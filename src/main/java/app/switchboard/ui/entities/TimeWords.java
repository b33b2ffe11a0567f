package app.switchboard.ui.entities;

import app.switchboard.text.DateTexts;
import app.switchboard.ui.common.fx.Messages;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** Times as the operator reads them: "12 min ago" in the table, the exact local time in the tooltip. */
public final class TimeWords {
    private final Messages messages;
    private final Clock clock;
    private final DateTexts dates;

    public TimeWords(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
        this.dates = DateTexts.of(messages.locale(), clock.getZone());
    }

    public String relative(Instant time) {
        if (time == null) {
            return messages.get("entities.lastSeen.never");
        }
        Duration ago = Duration.between(time, clock.instant());
        if (ago.isNegative()) {
            return ago.abs().toMinutes() < 1 ? messages.get("entities.time.justNow") : messages.get("entities.time.future");
        }
        if (ago.toMinutes() < 1) {
            return messages.get("entities.time.justNow");
        }
        if (ago.toHours() < 1) {
            return messages.get("entities.time.minutes", ago.toMinutes());
        }
        if (ago.toDays() < 1) {
            return messages.get("entities.time.hours", ago.toHours());
        }
        return messages.get("entities.time.days", ago.toDays());
    }

    public String exact(Instant time) {
        return time == null ? messages.get("entities.lastSeen.never") : dates.exact(time);
    }

    /** Date and minute; an end on the start's day shows only its time. */
    public String dateTime(Instant time, Instant sameDayAs) {
        if (time == null) {
            return "—";
        }
        return sameDayAs != null && dates.sameDay(time, sameDayAs) ? dates.time(time) : dates.dateTime(time);
    }

    public String date(Instant time) {
        return time == null ? "" : dates.date(time);
    }

    /** A date in every month: the widths a column of dates must fit in this language. */
    public List<String> typicalDates() {
        return IntStream.rangeClosed(1, 12)
                .mapToObj(month -> dates.date(LocalDate.of(2026, month, 28))).toList();
    }

    /** The longest of each kind of "… ago" (up to a year), as {@link #relative} says it in this language. */
    public List<String> typicalRelative() {
        return List.of(messages.get("entities.time.days", 365), messages.get("entities.time.hours", 23),
                messages.get("entities.time.minutes", 59), messages.get("entities.time.justNow"),
                messages.get("entities.time.future"), messages.get("entities.lastSeen.never"));
    }
}
