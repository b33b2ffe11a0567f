package app.switchboard.derconnect;

/** {@code links} of a DER Connect list page; {@code next} is absent on the last page. */
public record PageLinks(String next) {
}
