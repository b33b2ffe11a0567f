package app.switchboard.capabilities;

import app.switchboard.ops.Availability;
import app.switchboard.ops.InferredRead;
import app.switchboard.ops.OfferedReads;
import app.switchboard.text.Words;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What each environment's DER Connect offers of the inferred reads, from the probe on Test
 * connection and on connect, and from later calls. Kept for the session. Listeners hear every
 * change (on the thread that made it), so the status bar and Settings can say what is missing.
 */
public final class CapabilityRegistry implements OfferedReads {
    private static final Logger LOG = LoggerFactory.getLogger(CapabilityRegistry.class);
    private final Map<String, Map<InferredRead, Availability>> byEnvironment = new ConcurrentHashMap<>();
    private final List<BiConsumer<String, Map<InferredRead, Availability>>> listeners = new CopyOnWriteArrayList<>();

    @Override
    public Availability of(String environment, InferredRead read) {
        Map<InferredRead, Availability> known = byEnvironment.get(environment);
        return known == null ? Availability.UNKNOWN : known.getOrDefault(read, Availability.UNKNOWN);
    }

    @Override
    public void observed(String environment, InferredRead read, Availability availability) {
        if (availability == Availability.UNKNOWN) {
            return;
        }
        Map<InferredRead, Availability> known = byEnvironment.computeIfAbsent(environment,
                name -> new ConcurrentHashMap<>());
        if (known.put(read, availability) != availability) {
            Map<InferredRead, Availability> now = all(environment);
            for (BiConsumer<String, Map<InferredRead, Availability>> listener : listeners) {
                try {
                    listener.accept(environment, now);
                } catch (RuntimeException e) {
                    // the record is what matters to the caller (a read, a write): a failing listener must not fail it
                    LOG.warn("A listener of what {} offers failed", environment, e);
                }
            }
        }
    }

    @Override
    public Map<InferredRead, Availability> all(String environment) {
        Map<InferredRead, Availability> copy = new EnumMap<>(InferredRead.class);
        Map<InferredRead, Availability> known = byEnvironment.get(environment);
        if (known != null) {
            copy.putAll(known);
        }
        return copy;
    }

    /** Told (environment, all its reads) whenever what an environment offers changes. */
    public void addListener(BiConsumer<String, Map<InferredRead, Availability>> listener) {
        listeners.add(listener);
    }

    /** e.g. "DER Connect here offers no entity list (GET /v1/entities)…", or empty when nothing is missing. */
    public static List<Words> missing(Map<InferredRead, Availability> reads) {
        List<Words> missing = new ArrayList<>();
        reads.forEach((read, availability) -> {
            if (availability.missing()) {
                missing.add(Words.of("capabilities.missing." + availability.name(), read.words(), read.operation()));
            }
        });
        return missing;
    }
}
