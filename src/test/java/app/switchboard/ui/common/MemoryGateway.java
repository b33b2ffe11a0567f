package app.switchboard.ui.common;

import app.switchboard.audit.Api;
import app.switchboard.ops.ChangeTarget;
import app.switchboard.ops.SwitchFailure;
import app.switchboard.ops.SwitchGateway;
import app.switchboard.ops.SwitchResult;
import app.switchboard.ops.SwitchState;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A remote system in memory for UI tests: switches by target and item, and scripted refusals. */
public final class MemoryGateway implements SwitchGateway {
    private final Api api;
    private final Map<String, Boolean> states = new ConcurrentHashMap<>();
    private final Map<String, SwitchFailure> faults = new ConcurrentHashMap<>();
    private final AtomicInteger writes = new AtomicInteger();

    public MemoryGateway(Api api) {
        this.api = api;
    }

    private static String key(ChangeTarget target) {
        return target.targetId() + "/" + target.item();
    }

    /** Sets the switch on the "server", as another editor would. */
    public void set(ChangeTarget target, boolean on) {
        states.put(key(target), on);
    }

    public boolean isOn(ChangeTarget target) {
        return Boolean.TRUE.equals(states.get(key(target)));
    }

    public void failWith(ChangeTarget target, SwitchFailure failure) {
        faults.put(key(target), failure);
    }

    public int writes() {
        return writes.get();
    }

    @Override
    public Api api() {
        return api;
    }

    @Override
    public SwitchState readCurrent(ChangeTarget target) throws SwitchFailure {
        Boolean on = states.get(key(target));
        if (on == null) {
            throw SwitchFailure.refused(404, "Not found: " + key(target));
        }
        return SwitchState.of(on);
    }

    @Override
    public SwitchResult apply(ChangeTarget target, boolean on) throws SwitchFailure {
        writes.incrementAndGet();
        SwitchFailure fault = faults.get(key(target));
        if (fault != null) {
            throw fault;
        }
        states.put(key(target), on);
        return new SwitchResult(SwitchState.of(on), "req-" + writes.get());
    }
}
