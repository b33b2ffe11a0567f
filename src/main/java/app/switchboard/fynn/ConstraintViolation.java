package app.switchboard.fynn;

/** One failed validation in a Fynn 422 answer. */
public record ConstraintViolation(String propertyPath, String message, String code) {
}
