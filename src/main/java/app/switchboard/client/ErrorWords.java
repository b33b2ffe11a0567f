package app.switchboard.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads an API's own explanation out of a JSON error body; each API knows its envelope. */
@FunctionalInterface
public interface ErrorWords {
    List<String> read(JsonNode body);

    /** OAuth 2.0 token endpoint errors (RFC 6749): {@code error} and {@code error_description}. */
    ErrorWords OAUTH = body -> {
        List<String> words = new ArrayList<>();
        String error = body.path("error").asText("");
        String description = body.path("error_description").asText("");
        if (!error.isEmpty()) {
            words.add(description.isEmpty() ? error : error + ": " + description);
        }
        return words;
    };
}
