package app.switchboard.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One thing in detail (for {@code show}): labelled fields, then listings such as its features. */
public final class Details {
    record Field(String key, String label, Object value) {
    }

    private final List<Field> fields = new ArrayList<>();
    private final Map<String, Listing<?>> sections = new LinkedHashMap<>();

    /** Adds a field, or replaces the one with the same key in its place. */
    public Details field(String key, String label, Object value) {
        Field field = new Field(key, label, value);
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).key().equals(key)) {
                fields.set(i, field);
                return this;
            }
        }
        fields.add(field);
        return this;
    }

    /** A listing under its own heading, e.g. the features of an entity; {@code key} names it in JSON. */
    public Details section(String key, Listing<?> listing) {
        sections.put(key, listing);
        return this;
    }

    List<Field> fields() {
        return fields;
    }

    Map<String, Listing<?>> sections() {
        return sections;
    }
}
