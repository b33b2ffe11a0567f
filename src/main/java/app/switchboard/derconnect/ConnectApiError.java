package app.switchboard.derconnect;

/** One error of DER Connect's error envelope; {@code message} is what the operator must read. */
public record ConnectApiError(String code, String description, String message) {
}
