package app.switchboard.credentials;

import app.switchboard.paths.AppPaths;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
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
    private final ObjectMapper mapper = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addMixIn(Environment.class, StoredEnvironment.class);
    private final AtomicReference<Environment> demo = new AtomicReference<>(DemoEnvironment.placeholder());

    public JsonEnvironmentStore(AppPaths paths) {
        this(paths.config().resolve(FILE_NAME));
    }

    public JsonEnvironmentStore(Path file) {
        this.file = Objects.requireNonNull(file, "file");
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

    @Override
    public synchronized void save(Environment environment) {
        requireNotDemo(environment.name(), environment.isDemo());
        List<Environment> saved = new ArrayList<>(readSaved());
        boolean replaced = false;
        for (int i = 0; i < saved.size(); i++) {
            if (saved.get(i).name().equals(environment.name())) {
                saved.set(i, environment);
                replaced = true;
            }
        }
        if (!replaced) {
            saved.add(environment);
        }
        write(saved);
    }

    @Override
    public synchronized void remove(String name) {
        requireNotDemo(name, false);
        List<Environment> saved = new ArrayList<>(readSaved());
        if (saved.removeIf(e -> e.name().equals(name))) {
            write(saved);
        }
    }

    private static void requireNotDemo(String name, boolean demoRisk) {
        if (Environment.DEMO_NAME.equalsIgnoreCase(name) || demoRisk) {
            throw new IllegalArgumentException("The Demo environment is built in; choose another name or risk level");
        }
    }

    private List<Environment> readSavedOrNothing() {
        try {
            return readSaved();
        } catch (UncheckedIOException e) {
            log.warn("Cannot read {}; showing only the Demo environment: {}", file, e.getCause().getMessage());
            return List.of();
        }
    }

    /** Fails rather than return nothing, so that a damaged file is never overwritten by a save. */
    private List<Environment> readSaved() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            EnvironmentsFile stored = mapper.readValue(file.toFile(), EnvironmentsFile.class);
            return stored.environments() == null ? List.of() : stored.environments().stream()
                    .filter(e -> !Environment.DEMO_NAME.equalsIgnoreCase(e.name())).toList();
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException("Cannot read the environments in " + file,
                    e instanceof IOException io ? io : new IOException(e.getMessage(), e));
        }
    }

    private void write(List<Environment> environments) {
        try {
            Path dir = AppPaths.ensurePrivateDirectory(file.toAbsolutePath().getParent());
            Path temp = Files.createTempFile(dir, ".environments-", ".tmp");
            try {
                mapper.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(),
                        new EnvironmentsFile(EnvironmentsFile.VERSION, environments));
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save environments to " + file, e);
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
