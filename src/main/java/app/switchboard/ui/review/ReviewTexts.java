package app.switchboard.ui.review;

import app.switchboard.fynn.FeatureStatus;
import app.switchboard.ops.review.ReviewQueue;
import app.switchboard.ops.review.ReviewRow;
import app.switchboard.ui.common.fx.Messages;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** The review's words and dates in the interface language, with dates in the clock's time zone. */
final class ReviewTexts {
    private final Messages messages;
    private final ZoneId zone;
    private final app.switchboard.text.DateTexts dates;
    private final DateTimeFormatter shortDate;

    ReviewTexts(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
        Locale locale = messages.locale();
        dates = app.switchboard.text.DateTexts.of(locale, zone);
        // two lines, so that twelve weeks fit side by side without the axis turning its labels
        shortDate = DateTimeFormatter.ofPattern(locale.getLanguage().equals("de") ? "d.\nMMM" : "d\nMMM", locale);
    }

    Messages messages() {
        return messages;
    }

    String get(String key, Object... arguments) {
        return messages.get(key, arguments);
    }

    String date(LocalDate day) {
        return dates.date(day);
    }

    String number(long value) {
        return java.text.NumberFormat.getIntegerInstance(messages.locale()).format(value);
    }

    String date(Instant instant) {
        return instant == null ? "" : dates.date(instant);
    }

    String dateTime(Instant instant) {
        return dates.dateTime(instant);
    }

    /** A chart category: the week's first day, short. */
    String weekStart(LocalDate day) {
        return shortDate.format(day);
    }

    /** "1 Mar 2026 – 31 Mar 2026", "from 1 Mar 2026", "until 31 Mar 2026" or "always". */
    String validity(ReviewRow row) {
        Instant from = row.validFrom();
        Instant until = row.validUntil();
        if (from != null && until != null) {
            return get("review.validity.between", date(from), date(until));
        }
        if (from != null) {
            return get("review.validity.from", date(from));
        }
        if (until != null) {
            return get("review.validity.until", date(until));
        }
        return get("review.validity.always");
    }

    String featureStatus(FeatureStatus status) {
        if (status == null) {
            return "—";
        }
        String key = "review.feature.status." + status.value();
        return status.isKnown() && messages.has(key) ? get(key) : status.value();
    }

    String queue(ReviewQueue queue) {
        return get("review.queue." + queue.name().toLowerCase(Locale.ROOT));
    }

    /** One sentence saying what the queue holds, for the queue's heading and its accessible text. */
    String queueExplanation(ReviewQueue queue, int days) {
        return get("review.queue." + queue.name().toLowerCase(Locale.ROOT) + ".explained", days);
    }
}
