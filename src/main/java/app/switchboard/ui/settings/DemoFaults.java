package app.switchboard.ui.settings;

import java.util.Map;

/**
 * The fault controls of the running Demo sandbox, as the fault panel sees them. Only
 * {@link SandboxFaults} knows the sandbox; the panel's model depends on this alone.
 */
public interface DemoFaults {
    FaultLevels levels();

    /** Takes effect with the next request. */
    void apply(FaultLevels levels);

    /** Lets the concurrent editor change {@code count} random items now; returns how many changed. */
    int editNow(int count);

    /** What the sandbox injected so far, by counter name (requests, delayed, each fault kind, editor changes). */
    Map<String, Long> counters();
}
