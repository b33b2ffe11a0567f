package app.switchboard.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No bundle names a key twice. {@link java.util.Properties} keeps the last silently, so a text
 * written on two branches and merged side by side would leave one of them dead and unnoticed.
 */
class BundleKeysTest {

    @Test
    void everyBundleNamesEachKeyOnce() throws IOException {
        List<String> repeated = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".properties")).toList()) {
                Set<String> seen = new HashSet<>();
                boolean continued = false;
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String trimmed = line.strip();
                    boolean startsKey = !continued && !trimmed.isEmpty() && !trimmed.startsWith("#") && !trimmed.startsWith("!");
                    continued = trimmed.endsWith("\\");
                    if (!startsKey) {
                        continue;
                    }
                    String key = trimmed.split("\\s*[=:]", 2)[0];
                    if (!seen.add(key)) {
                        repeated.add(file.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(repeated).isEmpty();
    }
}
