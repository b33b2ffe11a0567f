package app.switchboard.client;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import java.time.temporal.Temporal;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One unreadable optional field costs that field, not the page: a date in an unexpected format, or
 * a nested object sent as a bare IRI string ({@code "/subscription-items/42"}), is read as empty
 * (shown "—") and counted in the log. Anything else unreadable still fails the answer.
 */
public final class LenientFields extends DeserializationProblemHandler {
    private static final Logger log = LoggerFactory.getLogger(LenientFields.class);

    private final String api;
    private final AtomicLong skipped = new AtomicLong();

    private LenientFields(String api) {
        this.api = api;
    }

    /** {@link Json#newMapper()} with this tolerance, for the answers of {@code api}. */
    public static ObjectMapper mapperFor(String api) {
        ObjectMapper mapper = Json.newMapper();
        mapper.addHandler(new LenientFields(api));
        return mapper;
    }

    /** How many fields were read as empty so far. */
    public long skipped() {
        return skipped.get();
    }

    @Override
    public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String value, String failureMsg) {
        if (Temporal.class.isAssignableFrom(targetType)) {
            return skip(ctxt, targetType, "the date \"" + shorten(value) + "\" is in a form Switchboard cannot read");
        }
        return NOT_HANDLED;
    }

    @Override
    public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass, ValueInstantiator valueInsta,
                                            JsonParser p, String msg) throws java.io.IOException {
        if (p.currentToken() != null && p.currentToken().isScalarValue() && instClass.isRecord()) {
            String value = p.getValueAsString();
            return skip(ctxt, instClass, "an object came as the bare value \"" + shorten(value) + "\"");
        }
        return NOT_HANDLED;
    }

    @Override
    public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, com.fasterxml.jackson.core.JsonToken t,
                                        JsonParser p, String failureMsg) throws java.io.IOException {
        if (t != null && t.isScalarValue() && targetType.getRawClass().isRecord()) {
            return skip(ctxt, targetType.getRawClass(), "an object came as the bare value \"" + shorten(p.getValueAsString()) + "\"");
        }
        return NOT_HANDLED;
    }

    private Object skip(DeserializationContext ctxt, Class<?> type, String why) {
        long count = skipped.incrementAndGet();
        String where = ctxt.getParser() == null ? "?" : String.valueOf(ctxt.getParser().getParsingContext().pathAsPointer());
        log.warn("{} answer: field {} ({}) read as empty because {}; {} such field(s) so far", api, where,
                type.getSimpleName(), why, count);
        return null;
    }

    private static String shorten(String value) {
        if (value == null) {
            return "";
        }
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
