package app.switchboard.ui.settings;

import app.switchboard.sandbox.FaultInjector;
import app.switchboard.sandbox.FaultSettings;
import java.util.Map;
import java.util.Objects;

/** The one place the UI touches the sandbox: adapts its live {@link FaultInjector} to {@link DemoFaults}. */
public final class SandboxFaults implements DemoFaults {
    private final FaultInjector faults;

    public SandboxFaults(FaultInjector faults) {
        this.faults = Objects.requireNonNull(faults, "faults");
    }

    @Override
    public FaultLevels levels() {
        FaultSettings s = faults.settings();
        return new FaultLevels(s.latencyMs(), s.jitterMs(), s.serverErrorRate(), s.unavailableRate(),
                s.rateLimitRate(), s.hangRate(), s.resetRate(), s.truncatedRate(), s.htmlErrorRate(),
                s.editorIntervalMs(), s.editorBatch());
    }

    /** Keeps what the panel does not show (Retry-After, how long a hung request is held). */
    @Override
    public void apply(FaultLevels levels) {
        faults.update(s -> new FaultSettings(levels.latencyMs(), levels.jitterMs(), levels.serverError(),
                levels.unavailable(), levels.rateLimited(), levels.timeout(), levels.reset(), levels.truncated(),
                levels.htmlError(), s.retryAfterSeconds(), s.hangMillis(), levels.editorIntervalMs(),
                levels.editorBatch()));
    }

    @Override
    public int editNow(int count) {
        return faults.editNow(count).size();
    }

    @Override
    public Map<String, Long> counters() {
        return faults.counters();
    }
}
