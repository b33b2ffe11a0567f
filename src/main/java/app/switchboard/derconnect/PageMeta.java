package app.switchboard.derconnect;

/** {@code meta} of a DER Connect list page; no continuation token on the last page. */
public record PageMeta(String continuationToken, Integer pageSize) {
}
