package app.switchboard.sandbox;

import app.switchboard.sandbox.FynnModel.ConfigOption;
import app.switchboard.sandbox.FynnModel.Feature;
import app.switchboard.sandbox.FynnModel.Levels;
import app.switchboard.sandbox.FynnModel.RangeConfig;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/** Which entitlement values a feature allows, by its type: used to seed values and to validate new ones. */
final class FeatureValues {
    private FeatureValues() {
    }

    static String random(Feature feature, SplittableRandom random) {
        switch (feature.type()) {
            case "switch":
                return random.nextInt(5) == 0 ? "false" : "true";
            case "range":
                RangeConfig range = (RangeConfig) feature.config();
                long from = range.from() == null ? 0 : Long.parseLong(range.from().toString());
                long span = range.to() == null ? 10_000 : Long.parseLong(range.to().toString()) - from;
                return Long.toString(from + random.nextLong(Math.max(1, span) + 1));
            default:
                List<ConfigOption> levels = levels(feature);
                return levels.get(random.nextInt(levels.size())).text();
        }
    }

    /** Why {@code value} is not allowed for {@code feature}, or empty when it is. */
    static Optional<String> problem(Feature feature, String value) {
        if (value == null) {
            return Optional.of("This value should not be null.");
        }
        switch (feature.type()) {
            case "switch":
                return "true".equals(value) || "false".equals(value) ? Optional.empty()
                        : Optional.of("A switch feature takes \"true\" or \"false\".");
            case "range":
                return rangeProblem(feature, value);
            default:
                for (ConfigOption option : levels(feature)) {
                    if (option.text().equals(value)) {
                        return Optional.empty();
                    }
                }
                return Optional.of("The value must be one of the feature's configured values.");
        }
    }

    private static Optional<String> rangeProblem(Feature feature, String value) {
        BigDecimal number;
        try {
            number = new BigDecimal(value);
        } catch (NumberFormatException e) {
            return Optional.of("A range feature takes a number.");
        }
        RangeConfig range = (RangeConfig) feature.config();
        BigDecimal from = range.from() == null ? null : new BigDecimal(range.from().toString());
        BigDecimal to = range.to() == null ? null : new BigDecimal(range.to().toString());
        if ((from != null && number.compareTo(from) < 0) || (to != null && number.compareTo(to) > 0)) {
            return Optional.of("The value must lie between " + (from == null ? "any" : from) + " and "
                    + (to == null ? "unlimited" : to) + ".");
        }
        return Optional.empty();
    }

    private static List<ConfigOption> levels(Feature feature) {
        return feature.config() instanceof Levels levels ? levels.options() : List.of();
    }
}
