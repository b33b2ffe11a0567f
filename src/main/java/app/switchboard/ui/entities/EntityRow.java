package app.switchboard.ui.entities;

import app.switchboard.derconnect.Entity;
import app.switchboard.derconnect.EntityType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * One line of the entities table. The lowercase search key is computed once when the row is made,
 * so that filtering 100,000 rows per keystroke is a plain {@code contains} on each.
 */
public record EntityRow(Entity entity, String searchKey) {

    public static EntityRow of(Entity entity) {
        String key = String.join("\n", text(entity.name()), text(entity.identifier()), text(entity.brand()),
                text(entity.id())).toLowerCase(Locale.ROOT);
        return new EntityRow(entity, key);
    }

    /** @param lowercaseText already lowercased and trimmed; empty matches every row */
    public boolean matches(String lowercaseText) {
        return lowercaseText.isEmpty() || searchKey.contains(lowercaseText);
    }

    public String id() {
        return entity.id();
    }

    public String name() {
        return entity.displayName();
    }

    public EntityType type() {
        return entity.type();
    }

    public String brand() {
        return entity.brand();
    }

    public String identifier() {
        return entity.identifier();
    }

    /** Null when the server does not say. */
    public Boolean online() {
        return entity.online();
    }

    public Instant lastSeen() {
        return instant(entity.lastSeen());
    }

    public Instant created() {
        return instant(entity.created());
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
