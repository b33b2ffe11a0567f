package app.switchboard.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;

/**
 * Stands in for a parser's exception, whose message quotes the body: a token of it, which may
 * be a key a server echoed or only the start of one (a parser stops at characters such as
 * {@code !}, so no exact-value mask would find it). Keeps the trace, what failed and where,
 * and none of the body's text.
 */
final class UnreadableBody extends IOException {
    private static final long serialVersionUID = 1L;

    UnreadableBody(IOException parseFailure) {
        super(parseFailure.getClass().getSimpleName() + where(parseFailure));
        setStackTrace(parseFailure.getStackTrace());
    }

    private static String where(IOException parseFailure) {
        if (!(parseFailure instanceof JsonProcessingException json) || json.getLocation() == null) {
            return "";
        }
        String path = json instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                ? " (field " + mapping.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName()
                : "[" + r.getIndex() + "]").reduce((x, y) -> x + "." + y).orElse("") + ")" : "";
        return " at line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr() + path;
    }
}
