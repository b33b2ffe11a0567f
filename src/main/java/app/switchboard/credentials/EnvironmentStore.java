package app.switchboard.credentials;

import java.util.List;
import java.util.Optional;

/** The environments the operator can switch between. The built-in Demo environment is always first. */
public interface EnvironmentStore {
    List<Environment> list();

    Optional<Environment> find(String name);

    /** Adds the environment, or replaces the one with the same name. */
    void save(Environment environment);

    void remove(String name);
}
