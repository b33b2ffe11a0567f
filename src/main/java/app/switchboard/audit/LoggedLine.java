package app.switchboard.audit;

/**
 * An entry read from the log with where it was: {@code json} is the line as written (the record
 * other systems may keep), {@code next} the position just after it.
 */
public record LoggedLine(ActivityEntry entry, String json, LogPosition next) {
}
