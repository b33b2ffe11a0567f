package app.switchboard.resilience.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Hostile variants of a genuine JSON answer: every field (objects throughout, the first element of
 * each array) set to null, to the wrong type, removed, or, for text, to a value no enum knows.
 */
final class Mutations {
    static final String UNKNOWN_ENUM = "SOMETHING_INTRODUCED_IN_2031";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One variant: what was done and the resulting document. */
    record Variant(String description, JsonNode document) {
    }

    private Mutations() {
    }

    static List<Variant> of(JsonNode original) {
        List<Variant> variants = new ArrayList<>();
        walk(original, "", original, variants);
        return variants;
    }

    private static void walk(JsonNode root, String path, JsonNode node, List<Variant> out) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String child = path + "/" + name;
                JsonNode value = node.get(name);
                out.add(new Variant(child + " = null", replace(root, child, p -> NODES.nullNode())));
                out.add(new Variant(child + " removed", remove(root, path, name)));
                out.add(new Variant(child + " wrong type", replace(root, child, Mutations::wrongType)));
                if (value.isTextual()) {
                    out.add(new Variant(child + " unknown value", replace(root, child, p -> NODES.textNode(UNKNOWN_ENUM))));
                }
                walk(root, child, value, out);
            }
        } else if (node.isArray() && !node.isEmpty()) {
            String child = path + "/0";
            out.add(new Variant(child + " = null", replace(root, child, p -> NODES.nullNode())));
            out.add(new Variant(child + " wrong type", replace(root, child, Mutations::wrongType)));
            walk(root, child, node.get(0), out);
        }
    }

    private static JsonNode wrongType(JsonNode value) {
        if (value.isTextual()) {
            return NODES.numberNode(12345);
        }
        if (value.isNumber()) {
            return NODES.textNode("not a number");
        }
        if (value.isBoolean()) {
            return NODES.textNode("perhaps");
        }
        if (value.isObject()) {
            return NODES.arrayNode().add(1).add("two");
        }
        if (value.isArray()) {
            return NODES.objectNode().put("unexpected", true);
        }
        return NODES.objectNode();
    }

    private static JsonNode replace(JsonNode root, String pointer, Function<JsonNode, JsonNode> change) {
        JsonNode copy = root.deepCopy();
        int cut = pointer.lastIndexOf('/');
        String parentPath = pointer.substring(0, cut);
        String last = pointer.substring(cut + 1);
        JsonNode parent = parentPath.isEmpty() ? copy : copy.at(parentPath);
        if (parent instanceof ObjectNode object) {
            object.set(last, change.apply(object.get(last)));
        } else if (parent instanceof ArrayNode array) {
            int index = Integer.parseInt(last);
            array.set(index, change.apply(array.get(index)));
        }
        return copy;
    }

    private static JsonNode remove(JsonNode root, String parentPath, String name) {
        JsonNode copy = root.deepCopy();
        JsonNode parent = parentPath.isEmpty() ? copy : copy.at(parentPath);
        ((ObjectNode) parent).remove(name);
        return copy;
    }
}
