package app.switchboard.ops;

import app.switchboard.audit.Api;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
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
    private final Map<String, Set<String>> itemsOfTarget = new ConcurrentHashMap<>();
    private final Map<String, ReadFault> readFaults = new ConcurrentHashMap<>();
    private final AtomicInteger writes = new AtomicInteger();
    private final AtomicInteger reads = new AtomicInteger();
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
        itemsOfTarget.computeIfAbsent(target.targetId(), id -> ConcurrentHashMap.newKeySet()).add(target.item());
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

    /** How many times a target was read (the stale-write check). */
    public int reads() {
        return reads.get();
    }

    /** Lets a test fail the next reads of a target, e.g. a 503 while reading before a write. */
    void failReadsOf(String targetId, int times, SwitchFailure failure) {
        readFaults.put(targetId, new ReadFault(new AtomicInteger(times), failure));
    }

    @Override
    public TargetSnapshot readTarget(ChangeTarget target) throws SwitchFailure {
        reads.incrementAndGet();
        ReadFault fault = readFaults.get(target.targetId());
        if (fault != null && fault.remaining().getAndDecrement() > 0) {
            throw fault.failure();
        }
        Map<String, SwitchState> now = new HashMap<>();
        for (String item : itemsOfTarget.getOrDefault(target.targetId(), Set.of())) {
            String key = target.targetId() + "/" + item;
            now.put(item, new SwitchState(states.get(key), statusTexts.get(key)));
        }
        return item -> {
            SwitchState state = now.get(item);
            if (state == null) {
                throw SwitchFailure.refused(404, "Not found: " + target.targetId() + "/" + item);
            }
            return state;
        };
    }

    private record ReadFault(AtomicInteger remaining, SwitchFailure failure) {
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
            set(target, on);
            return new SwitchResult(new SwitchState(on, statusTexts.get(key(target))), "req-" + writes.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw SwitchFailure.failed(null, "interrupted");
        } finally {
            inFlight.decrementAndGet();
        }
    }
}
