package app.switchboard.client;

import com.fasterxml.jackson.annotation.JsonProperty;

/** RFC 6749 error body of the token endpoint, e.g. {@code invalid_client}. */
public record OAuthError(@JsonProperty("error") String error,
                         @JsonProperty("error_description") String errorDescription) {
}
