package app.switchboard.credentials;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Environments kept in memory only: for tests, and for the shell until the JSON store is wired.
 * Keeps the insertion order; the Demo environment, when present, is listed first.
 */
public final class InMemoryEnvironmentStore implements EnvironmentStore {
    /** Band colour of the built-in Demo environment: calm, and unlike any production red. */
    public static final String DEMO_COLOUR = "#5e35b1";

    private final Map<String, Environment> environments = new LinkedHashMap<>();

    public InMemoryEnvironmentStore(List<Environment> initial) {
        initial.forEach(this::save);
    }

    /** Only the built-in Demo environment; its URLs are known once the sandbox has started. */
    public static InMemoryEnvironmentStore withDemo() {
        return new InMemoryEnvironmentStore(List.of(demo()));
    }

    public static Environment demo() {
        return new Environment(Environment.DEMO_NAME, DEMO_COLOUR, RiskLevel.DEMO,
                null, null, null, null, null, false);
    }

    @Override
    public synchronized List<Environment> list() {
        List<Environment> result = new ArrayList<>(environments.values());
        result.sort((a, b) -> Boolean.compare(b.isDemo(), a.isDemo()));
        return List.copyOf(result);
    }

    @Override
    public synchronized Optional<Environment> find(String name) {
        return Optional.ofNullable(environments.get(name));
    }

    @Override
    public synchronized void save(Environment environment) {
        environments.put(environment.name(), environment);
    }

    @Override
    public synchronized void add(Environment environment) {
        if (environments.keySet().stream().anyMatch(name -> name.equalsIgnoreCase(environment.name()))) {
            throw new EnvironmentExistsException(environment.name());
        }
        save(environment);
    }

    @Override
    public synchronized Environment update(String id, java.util.function.UnaryOperator<Environment> change) {
        Environment current = environments.values().stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new java.util.NoSuchElementException("The environment was removed meanwhile"));
        Environment changed = change.apply(current);
        environments.remove(current.name());
        save(changed);
        return changed;
    }

    @Override
    public synchronized void remove(String name) {
        environments.remove(name);
    }
}
