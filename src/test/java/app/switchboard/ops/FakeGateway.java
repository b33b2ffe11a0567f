package app.switchboard.ops;

import app.switchboard.audit.Api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-memory remote system for engine tests: switches keyed by target id and item, scripted
 * faults per item, and counters for calls and concurrency.
 */
public final class FakeGateway implements SwitchGateway {

    /** Lets a test hold a write in flight, e.g. to cancel a batch while writes are running. */
    interface WriteHook {
        void beforeWrite(ChangeTarget target) throws InterruptedException;
    }

    private final Api api;
    private final Map<String, Boolean> states = new ConcurrentHashMap<>();
    private final Map<String, SwitchFailure> faults = new ConcurrentHashMap<>();
    private final Map<String, String> statusTexts = new ConcurrentHashMap<>();
    private final AtomicInteger writes = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private volatile WriteHook hook = target -> { };

    public FakeGateway(Api api) {
        this.api = api;
    }

    static String key(ChangeTarget target) {
        return target.targetId() + "/" + target.item();
    }

    public void set(ChangeTarget target, boolean on) {
        states.put(key(target), on);
    }

    public boolean isOn(ChangeTarget target) {
        return Boolean.TRUE.equals(states.get(key(target)));
    }

    public void failWith(ChangeTarget target, SwitchFailure failure) {
        faults.put(key(target), failure);
    }

    public void clearFaults() {
        faults.clear();
    }

    /** The server answers with its own status for this switch, e.g. "pending". */
    void reportStatus(ChangeTarget target, String statusText) {
        statusTexts.put(key(target), statusText);
    }

    void onWrite(WriteHook writeHook) {
        hook = writeHook;
    }

    public int writes() {
        return writes.get();
    }

    int maxInFlight() {
        return maxInFlight.get();
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
        return new SwitchState(on, statusTexts.get(key(target)));
    }

    @Override
    public SwitchResult apply(ChangeTarget target, boolean on) throws SwitchFailure {
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            hook.beforeWrite(target);
            writes.incrementAndGet();
            SwitchFailure fault = faults.get(key(target));
            if (fault != null) {
                throw fault;
            }
            states.put(key(target), on);
            return new SwitchResult(new SwitchState(on, statusTexts.get(key(target))), "req-" + writes.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw SwitchFailure.failed(null, "interrupted");
        } finally {
            inFlight.decrementAndGet();
        }
    }
}
