package app.switchboard.sandbox;

import app.switchboard.sandbox.FynnModel.ConfigOption;
import app.switchboard.sandbox.FynnModel.Feature;
import java.math.BigDecimal;
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
                long from = Long.parseLong(feature.config().get(0).value());
                String to = feature.config().get(1).value();
                long span = "unlimited".equals(to) ? 10_000 : Long.parseLong(to) - from;
                return Long.toString(from + random.nextLong(Math.max(1, span) + 1));
            default:
                return feature.config().get(random.nextInt(feature.config().size())).value();
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
                for (ConfigOption option : feature.config()) {
                    if (option.value().equals(value)) {
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
        BigDecimal from = new BigDecimal(feature.config().get(0).value());
        String to = feature.config().get(1).value();
        if (number.compareTo(from) < 0 || (!"unlimited".equals(to) && number.compareTo(new BigDecimal(to)) > 0)) {
            return Optional.of("The value must lie between " + from + " and " + to + ".");
        }
        return Optional.empty();
    }
}
