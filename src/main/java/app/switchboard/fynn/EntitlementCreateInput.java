package app.switchboard.fynn;

/** Body for adding an entitlement; {@code feature} is the feature IRI, e.g. {@code /entitlement/features/{id}}. */
public record EntitlementCreateInput(String feature, String value, String validFrom, String validUntil) {
}
