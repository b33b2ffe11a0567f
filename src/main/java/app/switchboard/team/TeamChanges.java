package app.switchboard.team;

import app.switchboard.audit.SharedActivity.SharedChange;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Who wants to hear of new team log entries; outlives the listener connection, which comes and goes with team mode. */
public final class TeamChanges {
    private static final Logger LOG = LoggerFactory.getLogger(TeamChanges.class);
    private final List<Consumer<SharedChange>> listeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> environmentListeners = new CopyOnWriteArrayList<>();

    public void add(Consumer<SharedChange> listener) {
        listeners.add(listener);
    }

    public void remove(Consumer<SharedChange> listener) {
        listeners.remove(listener);
    }

    /**
     * Called (on the listener's thread) when the team's published environments may have changed: at
     * every publish or unpublish, and whenever the listener (re)connects.
     */
    public void onEnvironmentsChanged(Runnable listener) {
        environmentListeners.add(listener);
    }

    void environmentsChanged() {
        for (Runnable listener : environmentListeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.warn("Team environment listener failed", e);
            }
        }
    }

    void announce(SharedChange change) {
        for (Consumer<SharedChange> listener : listeners) {
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                LOG.warn("Team log listener failed", e);
            }
        }
    }
}
