package app.switchboard.fynn;

import java.util.Locale;
import java.util.Optional;

/** Shows an entitlement's value the way its feature type means it. */
public final class FeatureValues {
    public static final String NONE = "—";
    public static final String UNLIMITED = "Unlimited";

    private FeatureValues() {
    }

    /**
     * switch → "On"/"Off"; custom → the configured label; quantity → number with unit or
     * "Unlimited"; range → value with unit and the allowed range. An unknown feature type or a
     * value that does not fit shows the raw value; a missing value "—".
     */
    public static String format(Feature feature, String value) {
        if (value == null || value.isBlank()) {
            return NONE;
        }
        if (feature == null || feature.type() == null) {
            return value;
        }
        FeatureType type = feature.type();
        if (type.equals(FeatureType.SWITCH)) {
            return switchValue(value);
        }
        if (type.equals(FeatureType.CUSTOM)) {
            return config(feature).flatMap(c -> c.labelOf(value)).orElse(value);
        }
        if (type.equals(FeatureType.QUANTITY)) {
            return isUnlimited(value) ? UNLIMITED : withUnit(value, feature.unit());
        }
        if (type.equals(FeatureType.RANGE)) {
            return isUnlimited(value) ? UNLIMITED : withUnit(value, feature.unit()) + allowedRange(feature);
        }
        return value;
    }

    private static String switchValue(String value) {
        switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true":
            case "1":
            case "on":
                return "On";
            case "false":
            case "0":
            case "off":
                return "Off";
            default:
                return value;
        }
    }

    private static String allowedRange(Feature feature) {
        Optional<FeatureConfig> config = config(feature);
        Optional<String> from = config.flatMap(FeatureConfig::from);
        Optional<String> to = config.flatMap(FeatureConfig::to);
        if (from.isEmpty() && to.isEmpty()) {
            return "";
        }
        if (to.isEmpty() || isUnlimited(to.get())) {
            return " (allowed " + withUnit(from.get(), feature.unit()) + " or more)";
        }
        if (from.isEmpty()) {
            return " (allowed up to " + withUnit(to.get(), feature.unit()) + ")";
        }
        return " (allowed " + from.get() + "–" + withUnit(to.get(), feature.unit()) + ")";
    }

    private static Optional<FeatureConfig> config(Feature feature) {
        return Optional.ofNullable(feature.config());
    }

    private static boolean isUnlimited(String value) {
        return "unlimited".equalsIgnoreCase(value.trim());
    }

    private static String withUnit(String number, String unit) {
        return unit == null || unit.isBlank() ? number : number + " " + unit;
    }
}
