package app.switchboard.resilience;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The figures a resilience run measured, printed and written to {@code target/reliability/<name>.txt}
 * so that docs/RELIABILITY.md can be brought up to date from a real run.
 */
public final class Figures {
    private final String name;
    private final Map<String, Object> values = new LinkedHashMap<>();

    public Figures(String name) {
        this.name = name;
    }

    public Figures put(String key, Object value) {
        values.put(key, value);
        return this;
    }

    public Figures putAll(Map<String, ?> more) {
        values.putAll(more);
        return this;
    }

    public void publish() {
        String text = values.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue())
                .collect(Collectors.joining(System.lineSeparator(), "", System.lineSeparator()));
        System.out.println("[" + name + "]" + System.lineSeparator() + text);
        try {
            Path dir = Path.of("target", "reliability");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name + ".txt"), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
