package app.switchboard.ui.entities;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Entity ids as an operator pastes them: one per line, or a CSV column (separated by commas,
 * semicolons or tabs, maybe quoted), with a header word such as "id" ignored. Where DER Connect
 * offers no entity list, these are how entities are opened.
 */
final class EntityIds {
    private EntityIds() {
    }

    /** The ids in the text, each once, in the order given. */
    static List<String> parse(String text) {
        Set<String> ids = new LinkedHashSet<>();
        if (text == null) {
            return List.of();
        }
        for (String token : text.split("[\\s,;]+")) {
            String id = token.strip().replaceAll("^[\"']|[\"']$", "");
            // a CSV header, or words around the ids, are not ids: an id has a digit
            if (!id.isEmpty() && id.chars().anyMatch(Character::isDigit) && !id.contains("=")) {
                ids.add(id);
            }
        }
        return new ArrayList<>(ids);
    }
}
