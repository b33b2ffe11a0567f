package app.switchboard.ui.entities;

import app.switchboard.derconnect.Entity;
import app.switchboard.derconnect.EntityType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * One line of the entities table. The lowercase search key and the sort keys are computed once
 * when the row is made: a row matches a search text when its key contains it (the entity list
 * keeps every key side by side for that, {@code SearchText}), and sorting compares ready strings
 * and numbers.
 *
 * @param sortKeys lowercase name, type, brand and identifier; last seen and created in epoch milliseconds
 */
public record EntityRow(Entity entity, String searchKey, SortKeys sortKeys) {

    /** Keys that sort rows; a missing time is {@code Long.MIN_VALUE} (never seen), a missing text null. */
    public record SortKeys(String name, String type, String brand, String identifier, long lastSeen, long created) {
    }

    public static EntityRow of(Entity entity) {
        String key = String.join("\n", text(entity.name()), text(entity.identifier()), text(entity.brand()),
                text(entity.id())).toLowerCase(Locale.ROOT);
        SortKeys keys = new SortKeys(lower(entity.displayName()), entity.type() == null ? null : lower(entity.type().value()),
                lower(entity.brand()), lower(entity.identifier()), millis(entity.lastSeen(), Long.MIN_VALUE),
                millis(entity.created(), Long.MAX_VALUE));
        return new EntityRow(entity, key, keys);
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

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    private static long millis(OffsetDateTime time, long missing) {
        return time == null ? missing : time.toInstant().toEpochMilli();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
