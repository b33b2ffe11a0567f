package app.switchboard.fynn;

/** One allowed level of a custom or quantity feature: the stored value and its label. */
public record FeatureConfigOption(String value, String label) {
}
