package app.switchboard.audit;

import app.switchboard.text.Words;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Words in an activity entry, so the window can show an entry in its own language while the
 * English text beside them stays the record. In a line: {@code {"key":"…","args":[…]}}, or
 * {@code {"text":"…"}} for verbatim words; an argument is a string, a number (formatted by the
 * reader's locale) or words again. Anything shaped like a secret is masked, as in the message.
 */
final class LoggedWords {
    private LoggedWords() {
    }

    static SimpleModule module() {
        return new SimpleModule("words")
                .addSerializer(Words.class, new Writer())
                .addDeserializer(Words.class, new Reader());
    }

    /** The same words with every text in them passed through {@code mask}, like the English message. */
    static Words masked(Words words, UnaryOperator<String> mask) {
        if (words == null) {
            return null;
        }
        if (words.isVerbatim()) {
            return Words.verbatim(mask.apply(words.english()));
        }
        List<Object> arguments = new ArrayList<>();
        for (Object argument : words.arguments()) {
            arguments.add(argument instanceof Words w ? masked(w, mask)
                    : argument instanceof Number ? argument : mask.apply(String.valueOf(argument)));
        }
        return Words.of(words.key(), arguments.toArray());
    }

    private static final class Writer extends JsonSerializer<Words> {
        @Override
        public void serialize(Words words, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeStartObject();
            if (words.isVerbatim()) {
                out.writeStringField("text", words.english());
            } else {
                out.writeStringField("key", words.key());
                out.writeArrayFieldStart("args");
                for (Object argument : words.arguments()) {
                    if (argument instanceof Words w) {
                        serialize(w, out, provider);
                    } else if (argument instanceof Double || argument instanceof Float) {
                        out.writeNumber(((Number) argument).doubleValue());
                    } else if (argument instanceof Number n) {
                        out.writeNumber(n.longValue());
                    } else {
                        out.writeString(String.valueOf(argument));
                    }
                }
                out.writeEndArray();
            }
            out.writeEndObject();
        }
    }

    private static final class Reader extends JsonDeserializer<Words> {
        @Override
        public Words deserialize(JsonParser in, DeserializationContext context) throws IOException {
            return words(in.readValueAsTree());
        }

        private static Words words(JsonNode node) throws IOException {
            if (node.hasNonNull("text")) {
                return Words.verbatim(node.get("text").asText());
            }
            if (!node.hasNonNull("key")) {
                throw new IOException("words without key or text");
            }
            List<Object> arguments = new ArrayList<>();
            for (JsonNode argument : node.path("args")) {
                arguments.add(argument.isObject() ? words(argument)
                        : argument.isNumber() ? argument.numberValue() : argument.asText());
            }
            return Words.of(node.get("key").asText(), arguments.toArray());
        }
    }
}
