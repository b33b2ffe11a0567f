package app.switchboard.credentials;

import app.switchboard.files.AtomicReplace;
import app.switchboard.files.SidecarLock;
import app.switchboard.paths.AppPaths;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.NoSuchElementException;
import java.util.function.UnaryOperator;
import java.util.Set;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Environments in {@code environments.json} in the config folder. No secret is ever written here:
 * an {@link Environment} only names the keys of its secrets. The built-in Demo comes first, is
 * never written to the file and cannot be removed or replaced by an operator's entry.
 */
public final class JsonEnvironmentStore implements EnvironmentStore {
    private static final Logger log = LoggerFactory.getLogger(JsonEnvironmentStore.class);
    public static final String FILE_NAME = "environments.json";

    private final Path file;
    private final AtomicReplace replace;
    private final ObjectMapper mapper = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addMixIn(Environment.class, StoredEnvironment.class);
    private final AtomicReference<Environment> demo = new AtomicReference<>(DemoEnvironment.placeholder());

    public JsonEnvironmentStore(AppPaths paths) {
        this(paths.config().resolve(FILE_NAME));
    }

    public JsonEnvironmentStore(Path file) {
        this(file, AtomicReplace.standard());
    }

    /** @param replace how the file is replaced; tests pass one whose target is held by another program */
    public JsonEnvironmentStore(Path file, AtomicReplace replace) {
        this.file = Objects.requireNonNull(file, "file");
        this.replace = Objects.requireNonNull(replace, "replace");
    }

    public Path file() {
        return file;
    }

    /** Replaces the Demo placeholder once the embedded sandbox runs (see {@link DemoEnvironment#at}). */
    public void useDemo(Environment running) {
        if (!running.isDemo() || !Environment.DEMO_NAME.equals(running.name())) {
            throw new IllegalArgumentException("Only the Demo environment can be put in the Demo's place");
        }
        demo.set(running);
    }

    @Override
    public synchronized List<Environment> list() {
        List<Environment> all = new ArrayList<>();
        all.add(demo.get());
        all.addAll(readSavedOrNothing());
        return List.copyOf(all);
    }

    @Override
    public synchronized Optional<Environment> find(String name) {
        return list().stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** Adds the environment, or replaces the one with the same id (a rename) or else the same name. */
    @Override
    public synchronized void save(Environment environment) {
        requireNotDemo(environment.name(), environment.isDemo());
        changeLocked(saved -> {
            int at = indexOf(saved, e -> e.id().equals(environment.id()));
            if (at < 0) {
                at = indexOf(saved, e -> e.name().equals(environment.name()));
            }
            if (at < 0) {
                saved.add(environment);
            } else {
                saved.set(at, environment);
            }
            return true;
        });
    }

    @Override
    public synchronized void add(Environment environment) {
        requireNotDemo(environment.name(), environment.isDemo());
        changeLocked(saved -> {
            if (saved.stream().anyMatch(e -> e.name().equalsIgnoreCase(environment.name()))) {
                throw new EnvironmentExistsException(environment.name());
            }
            saved.add(environment);
            return true;
        });
    }

    @Override
    public synchronized Environment update(String id, UnaryOperator<Environment> change) {
        Environment[] changed = new Environment[1];
        changeLocked(saved -> {
            int at = indexOf(saved, e -> e.id().equals(id));
            if (at < 0) {
                throw new NoSuchElementException("The environment was removed meanwhile");
            }
            changed[0] = change.apply(saved.get(at));
            if (!changed[0].id().equals(id)) {
                throw new IllegalArgumentException("An update keeps the environment's id");
            }
            requireNotDemo(changed[0].name(), changed[0].isDemo());
            saved.set(at, changed[0]);
            return true;
        });
        return changed[0];
    }

    @Override
    public synchronized void remove(String name) {
        requireNotDemo(name, false);
        changeLocked(saved -> saved.removeIf(e -> e.name().equals(name)));
    }

    /**
     * Re-reads the file, applies {@code change} and writes the result, all under the sidecar lock,
     * so that another process's change made meanwhile is kept rather than overwritten.
     *
     * @param change edits the list in place; returns whether anything changed
     */
    private void changeLocked(java.util.function.Predicate<List<Environment>> change) {
        SidecarLock.aroundUnchecked(file, () -> {
            Saved current = readSaved();
            List<Environment> saved = new ArrayList<>(current.environments());
            if (change.test(saved) || current.idsAssigned()) {
                write(saved);
            }
            return null;
        });
    }

    private static int indexOf(List<Environment> environments, java.util.function.Predicate<Environment> match) {
        for (int i = 0; i < environments.size(); i++) {
            if (match.test(environments.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static void requireNotDemo(String name, boolean demoRisk) {
        if (Environment.DEMO_NAME.equalsIgnoreCase(name) || demoRisk) {
            throw new IllegalArgumentException("The Demo environment is built in; choose another name or risk level");
        }
    }

    private List<Environment> readSavedOrNothing() {
        try {
            Saved saved = readSaved();
            if (saved.idsAssigned()) {
                migrate();
                return readSaved().environments();
            }
            return saved.environments();
        } catch (UncheckedIOException e) {
            log.warn("Cannot read {}; showing only the Demo environment: {}", file, e.getCause().getMessage());
            return List.of();
        }
    }

    /**
     * Writes the ids given to environments saved before environments had ids, so that every
     * reader from now on sees the same id.
     */
    private void migrate() {
        changeLocked(saved -> false);
        log.info("Gave the environments in {} their stable ids", file);
    }

    /** Fails rather than return nothing, so that a damaged file is never overwritten by a save. */
    private Saved readSaved() {
        if (!Files.exists(file)) {
            return new Saved(List.of(), false);
        }
        try {
            JsonNode tree = mapper.readTree(file.toFile());
            EnvironmentsFile stored = mapper.treeToValue(tree, EnvironmentsFile.class);
            if (stored == null || stored.environments() == null) {
                return new Saved(List.of(), false);
            }
            boolean idsAssigned = false;
            Set<String> seen = new HashSet<>();
            List<Environment> environments = new ArrayList<>();
            JsonNode nodes = tree.path("environments");
            for (int i = 0; i < stored.environments().size(); i++) {
                Environment e = stored.environments().get(i);
                String storedId = nodes.path(i).path("id").asText("");
                if (storedId.isBlank() || !seen.add(storedId)) {
                    // no id yet, or a copy of another entry's id made by hand: the constructor gave it a new one
                    e = storedId.isBlank() ? e : new Environment(null, e.name(), e.colour(), e.risk(), e.derApiUrl(),
                            e.derTokenUrl(), e.derClientId(), e.derScope(), e.fynnUrl(), e.requireReason());
                    seen.add(e.id());
                    idsAssigned = true;
                }
                if (!Environment.DEMO_NAME.equalsIgnoreCase(e.name())) {
                    environments.add(e);
                }
            }
            return new Saved(List.copyOf(environments), idsAssigned);
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException("Cannot read the environments in " + file,
                    e instanceof IOException io ? io : new IOException(e.getMessage(), e));
        }
    }

    /** @param idsAssigned whether ids were given while reading that the file does not hold yet */
    private record Saved(List<Environment> environments, boolean idsAssigned) {
    }

    private void write(List<Environment> environments) {
        try {
            AppPaths.ensurePrivateDirectory(file.toAbsolutePath().getParent());
            byte[] json = mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(
                    new EnvironmentsFile(EnvironmentsFile.VERSION, environments));
            replace.write(file, json, AtomicReplace.TempFiles.named(".environments-"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save environments to " + file + ": " + e.getMessage(), e);
        }
    }

    /** isDemo() is derived from the risk level; it does not belong in the file. */
    @JsonIgnoreProperties({"demo"})
    private abstract static class StoredEnvironment {
    }

    /** The file's shape; versioned so that a later format can be recognised. */
    record EnvironmentsFile(int version, List<Environment> environments) {
        static final int VERSION = 1;
    }
}
