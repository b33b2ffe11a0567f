package app.switchboard.credentials;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * An environment store that hands every call to another; a wrapper overrides only what it adds.
 * A method added to {@link EnvironmentStore} is forwarded here once, so no wrapper drops it.
 */
public abstract class ForwardingEnvironmentStore implements EnvironmentStore {
    private final EnvironmentStore inner;

    protected ForwardingEnvironmentStore(EnvironmentStore inner) {
        this.inner = inner;
    }

    /** The store every call goes to. */
    protected final EnvironmentStore inner() {
        return inner;
    }

    @Override
    public List<Environment> list() {
        return inner.list();
    }

    @Override
    public Optional<Environment> find(String name) {
        return inner.find(name);
    }

    @Override
    public Optional<Environment> findById(String id) {
        return inner.findById(id);
    }

    @Override
    public void save(Environment environment) {
        inner.save(environment);
    }

    @Override
    public void add(Environment environment) {
        inner.add(environment);
    }

    @Override
    public Environment update(String id, UnaryOperator<Environment> change) {
        return inner.update(id, change);
    }

    @Override
    public void remove(String name) {
        inner.remove(name);
    }

    @Override
    public EnvironmentOrigin origin(Environment environment) {
        return inner.origin(environment);
    }
}
