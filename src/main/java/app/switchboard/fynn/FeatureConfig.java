package app.switchboard.fynn;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A feature's {@code config}, which comes in two shapes: a list of levels
 * {@code [{value, label}]} (custom, quantity; a range as the options labelled "from" and "to") or
 * a range object {@code {from, to}} ({@code to} null or "unlimited" means no upper limit). The JSON is kept as received so that it round-trips unchanged.
 */
public record FeatureConfig(JsonNode json) {

    @JsonCreator
    public static FeatureConfig of(JsonNode json) {
        return new FeatureConfig(json == null ? JsonNodeFactory.instance.nullNode() : json);
    }

    @JsonValue
    @Override
    public JsonNode json() {
        return json;
    }

    /** The configured levels; empty for the range form. */
    public List<FeatureConfigOption> options() {
        List<FeatureConfigOption> options = new ArrayList<>();
        if (json.isArray()) {
            for (JsonNode option : json) {
                options.add(new FeatureConfigOption(text(option.get("value")), text(option.get("label"))));
            }
        }
        return options;
    }

    /** Lower bound of a range feature, if stated: {@code from} of the object form, or the option labelled "from". */
    public Optional<String> from() {
        return bound("from");
    }

    /** Upper bound of a range feature; empty or "unlimited" means no upper limit. */
    public Optional<String> to() {
        return bound("to");
    }

    private Optional<String> bound(String name) {
        if (json.isObject()) {
            return Optional.ofNullable(text(json.get(name)));
        }
        return options().stream().filter(o -> name.equalsIgnoreCase(o.label())).map(FeatureConfigOption::value)
                .filter(v -> v != null && !v.isBlank()).findFirst();
    }

    public Optional<String> labelOf(String value) {
        return options().stream().filter(o -> o.value() != null && o.value().equals(value))
                .map(FeatureConfigOption::label).filter(l -> l != null && !l.isBlank()).findFirst();
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
