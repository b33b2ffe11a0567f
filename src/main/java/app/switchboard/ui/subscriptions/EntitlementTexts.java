package app.switchboard.ui.subscriptions;

import app.switchboard.fynn.Entitlement;
import app.switchboard.fynn.EntitlementStatus;
import app.switchboard.fynn.Feature;
import app.switchboard.fynn.FeatureType;
import app.switchboard.fynn.FeatureValues;
import app.switchboard.fynn.ValueWords;
import app.switchboard.ui.common.fx.Messages;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Entitlements in the operator's words and language: the value as its feature type means it, the
 * validity window as dates, how far away its start or end is ("expires in 12 days", measured from
 * the injected clock), and the status and feature type as words.
 */
public final class EntitlementTexts {
    private final Messages messages;
    private final Clock clock;
    private final app.switchboard.text.DateTexts dates;
    private final ValueWords words;

    public EntitlementTexts(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
        this.dates = app.switchboard.text.DateTexts.of(messages.locale(), clock.getZone());
        this.words = new BundleWords(messages);
    }

    public Clock clock() {
        return clock;
    }

    /** "On", "Premium (24/7)", "25 users", "Unlimited", "5,000 rows (allowed 1 rows or more)". */
    public String value(Entitlement entitlement) {
        return FeatureValues.format(entitlement.feature(), entitlement.value(), words);
    }

    /** A date in the operator's locale, in the clock's time zone; "—" for none. */
    public String date(OffsetDateTime time) {
        return time == null ? FeatureValues.NONE : dates.date(time);
    }

    /** "1 Mar 2026 → 28 Feb 2027"; an open start or end says so. */
    public String window(Entitlement entitlement) {
        String from = entitlement.validFrom() == null ? messages.get("subscriptions.validity.openStart")
                : date(entitlement.validFrom());
        String until = entitlement.validUntil() == null ? messages.get("subscriptions.validity.openEnd")
                : date(entitlement.validUntil());
        return messages.get("subscriptions.validity.window", from, until);
    }

    /** "starts in 3 days", "expires in 12 days", "expired 2 months ago", or "no end date". */
    public String relative(Entitlement entitlement) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (entitlement.validFrom() != null && entitlement.validFrom().isAfter(now)) {
            return distance("startsIn", "startsToday", now, entitlement.validFrom());
        }
        if (entitlement.validUntil() == null) {
            return messages.get("subscriptions.validity.noEnd");
        }
        if (!entitlement.validUntil().isAfter(now)) {
            return distance("expiredAgo", "expiredToday", entitlement.validUntil(), now);
        }
        return distance("expiresIn", "expiresToday", now, entitlement.validUntil());
    }

    /** The status in words; a status Fynn adds later is shown as sent. */
    public String status(EntitlementStatus status) {
        if (status == null) {
            return FeatureValues.NONE;
        }
        String key = "subscriptions.entitlement.status." + status.value();
        return status.isKnown() ? messages.get(key) : status.value();
    }

    /** "On/off feature", "Quantity feature"... for the type icon's tooltip and screen readers. */
    public String featureType(Feature feature) {
        FeatureType type = feature == null ? null : feature.type();
        if (type == null) {
            return messages.get("subscriptions.feature.none");
        }
        return type.isKnown() ? messages.get("subscriptions.feature.type." + type.value())
                : messages.get("subscriptions.feature.type.unknown", type.value());
    }

    public String featureName(Entitlement entitlement) {
        Feature feature = entitlement.feature();
        return feature == null || feature.name() == null ? messages.get("subscriptions.feature.none") : feature.name();
    }

    public String description(Entitlement entitlement) {
        Feature feature = entitlement.feature();
        return feature == null || feature.description() == null || feature.description().isBlank()
                ? messages.get("subscriptions.feature.noDescription") : feature.description();
    }

    public String onOff(boolean on) {
        return on ? words.on() : words.off();
    }

    public Messages messages() {
        return messages;
    }

    /** Whole days, months or years between two moments, counted on the calendar of the clock's zone. */
    private String distance(String phrase, String sameDay, OffsetDateTime earlier, OffsetDateTime later) {
        LocalDate from = earlier.atZoneSameInstant(clock.getZone()).toLocalDate();
        LocalDate to = later.atZoneSameInstant(clock.getZone()).toLocalDate();
        long days = ChronoUnit.DAYS.between(from, to);
        if (days == 0) {
            return messages.get("subscriptions.validity." + sameDay);
        }
        Period period = Period.between(from, to);
        String amount;
        if (days < 45) {
            amount = messages.get("subscriptions.duration.days", days);
        } else if (period.toTotalMonths() < 24) {
            amount = messages.get("subscriptions.duration.months", Math.max(1, Math.round(days / 30.44)));
        } else {
            amount = messages.get("subscriptions.duration.years", period.getYears());
        }
        return messages.get("subscriptions.validity." + phrase, amount);
    }

    /** {@link FeatureValues}' words from this view's bundle, numbers in the operator's locale. */
    private record BundleWords(Messages messages) implements ValueWords {
        @Override
        public String on() {
            return messages.get("subscriptions.value.on");
        }

        @Override
        public String off() {
            return messages.get("subscriptions.value.off");
        }

        @Override
        public String unlimited() {
            return messages.get("subscriptions.value.unlimited");
        }

        @Override
        public String allowedBetween(String from, String to) {
            return messages.get("subscriptions.value.allowedBetween", from, to);
        }

        @Override
        public String allowedAtLeast(String from) {
            return messages.get("subscriptions.value.allowedAtLeast", from);
        }

        @Override
        public String allowedUpTo(String to) {
            return messages.get("subscriptions.value.allowedUpTo", to);
        }

        @Override
        public Locale locale() {
            return messages.locale();
        }
    }
}
