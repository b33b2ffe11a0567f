package app.switchboard.fynn;

import java.util.Locale;
import java.util.Optional;

/** Shows an entitlement's value the way its feature type means it. */
public final class FeatureValues {
    public static final String NONE = "—";
    public static final String UNLIMITED = "Unlimited";

    private FeatureValues() {
    }

    /** {@link #format(Feature, String, ValueWords)} in plain English. */
    public static String format(Feature feature, String value) {
        return format(feature, value, ValueWords.english());
    }

    /**
     * switch → "On"/"Off"; custom → the configured label; quantity → number with unit or
     * "Unlimited"; range → value with unit and the allowed range. An unknown feature type or a
     * value that does not fit shows the raw value; a missing value "—".
     */
    public static String format(Feature feature, String value, ValueWords words) {
        if (value == null || value.isBlank()) {
            return NONE;
        }
        if (feature == null || feature.type() == null) {
            return value;
        }
        FeatureType type = feature.type();
        if (type.equals(FeatureType.SWITCH)) {
            return switchValue(value, words);
        }
        if (type.equals(FeatureType.CUSTOM)) {
            return config(feature).flatMap(c -> c.labelOf(value)).orElse(value);
        }
        if (type.equals(FeatureType.QUANTITY)) {
            return isUnlimited(value) ? words.unlimited() : withUnit(value, feature.unit(), words);
        }
        if (type.equals(FeatureType.RANGE)) {
            return isUnlimited(value) ? words.unlimited()
                    : withUnit(value, feature.unit(), words) + allowedRange(feature, words);
        }
        return value;
    }

    private static String switchValue(String value, ValueWords words) {
        switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true":
            case "1":
            case "on":
                return words.on();
            case "false":
            case "0":
            case "off":
                return words.off();
            default:
                return value;
        }
    }

    private static String allowedRange(Feature feature, ValueWords words) {
        Optional<FeatureConfig> config = config(feature);
        Optional<String> from = config.flatMap(FeatureConfig::from);
        Optional<String> to = config.flatMap(FeatureConfig::to).filter(t -> !isUnlimited(t));
        if (from.isEmpty() && to.isEmpty()) {
            return "";
        }
        if (to.isEmpty()) {
            return " (" + words.allowedAtLeast(withUnit(from.get(), feature.unit(), words)) + ")";
        }
        if (from.isEmpty()) {
            return " (" + words.allowedUpTo(withUnit(to.get(), feature.unit(), words)) + ")";
        }
        return " (" + words.allowedBetween(words.number(from.get()), withUnit(to.get(), feature.unit(), words)) + ")";
    }

    private static Optional<FeatureConfig> config(Feature feature) {
        return Optional.ofNullable(feature.config());
    }

    private static boolean isUnlimited(String value) {
        return "unlimited".equalsIgnoreCase(value.trim());
    }

    private static String withUnit(String number, String unit, ValueWords words) {
        String shown = words.number(number);
        return unit == null || unit.isBlank() ? shown : shown + " " + unit;
    }
}
