package app.switchboard.capabilities;

import app.switchboard.text.Words;
import app.switchboard.ops.Availability;
import app.switchboard.ops.InferredRead;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides when what an environment does not offer is worth telling the user again: a probe records
 * its reads one after another, which would otherwise be one notice per read; and a record that
 * changes back and forth to what was already said is not news. The status bar shows the lasting state.
 */
public final class CapabilityAnnouncements {
    private final Set<String> probing = new HashSet<>();
    private final Map<String, List<Words>> announced = new HashMap<>();

    public synchronized void probeStarted(String environment) {
        probing.add(environment);
    }

    /** @return what to say now that the probe is over, or empty when it is nothing new */
    public synchronized Optional<List<Words>> probeEnded(String environment, Map<InferredRead, Availability> reads) {
        probing.remove(environment);
        return news(environment, reads);
    }

    /** @return what to say about a record changed outside a probe (a later 404, say), or empty */
    public synchronized Optional<List<Words>> recordChanged(String environment, Map<InferredRead, Availability> reads) {
        return probing.contains(environment) ? Optional.empty() : news(environment, reads);
    }

    private Optional<List<Words>> news(String environment, Map<InferredRead, Availability> reads) {
        List<Words> missing = CapabilityRegistry.missing(reads);
        List<Words> before = missing.isEmpty() ? announced.remove(environment) : announced.put(environment, missing);
        return missing.isEmpty() || missing.equals(before) ? Optional.empty() : Optional.of(missing);
    }
}
