package app.switchboard.client;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OAuth 2.0 token endpoint answer. Its toString() never shows the token. */
public record TokenResponse(@JsonProperty("access_token") String accessToken,
                            @JsonProperty("token_type") String tokenType,
                            @JsonProperty("expires_in") Long expiresIn,
                            @JsonProperty("scope") String scope) {
    @Override
    public String toString() {
        return "TokenResponse[tokenType=" + tokenType + ", expiresIn=" + expiresIn + ", scope=" + scope + "]";
    }
}
