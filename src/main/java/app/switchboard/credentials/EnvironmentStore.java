package app.switchboard.credentials;

import java.util.List;
import java.util.Optional;

/** The environments the operator can switch between. The built-in Demo environment is always first. */
public interface EnvironmentStore {
    List<Environment> list();

    Optional<Environment> find(String name);

    /** The environment with this stable id ({@link Environment#id()}), whatever it is called now. */
    default Optional<Environment> findById(String id) {
        return list().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** Adds the environment, or replaces the one with the same name. */
    void save(Environment environment);

    /**
     * Adds a new environment; fails with {@link EnvironmentExistsException} when one of that name
     * (ignoring case) exists, checked and added in one step so two processes cannot both add it.
     */
    void add(Environment environment);

    /**
     * Changes the environment with this id as it is stored now, in one step (under the file's lock),
     * so a change another process made to its other settings meanwhile is kept.
     *
     * @return the changed environment
     * @throws java.util.NoSuchElementException when there is no such environment (any more)
     */
    Environment update(String id, java.util.function.UnaryOperator<Environment> change);

    void remove(String name);

    /**
     * Whether the environment was made here or comes from the team database ("from team", "edited
     * here", "removed from the team"); stores without a team say {@link EnvironmentOrigin#LOCAL}.
     */
    default EnvironmentOrigin origin(Environment environment) {
        return EnvironmentOrigin.LOCAL;
    }
}
