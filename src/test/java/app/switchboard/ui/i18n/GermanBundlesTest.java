package app.switchboard.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every English text has a German one, and no German value is an English text left behind. */
class GermanBundlesTest {
    private static final Path UI = Path.of("src/main/resources/app/switchboard/ui");
    /** Sentences made below the interface (engine, connection test, settings checks), shown in the window too. */
    private static final Path WORDS = Path.of("src/main/resources/app/switchboard/text");
    private static final Path RESOURCES = Path.of("src/main/resources/app/switchboard");
    /** Values that read the same in both languages: names, units, symbols, patterns. */
    private static final Pattern SAME_IN_BOTH = Pattern.compile(
            "(?s)|[\\p{Punct}\\p{Sc}\\s\\d{}…→·–—]*|.*\\{\\d.*|"
                    + "(Switchboard|DER Connect|Fynn|Demo|OK|CSV|JSON|ID|Id|VIN|Name|Status|Start|Ende|Version|Java|JavaFX|"
                    + "Token|Feature|Features|Entities|Subscriptions|Review|Activity|Settings|Online|Offline|Info|API|URL|"
                    + "Client-ID|Scope|Tab|Space|F1|Enter|Esc|Ctrl\\+.*|Strg\\+.*|[A-Z][A-Za-z]+Sessions|kWh|km|%|Pending|"
                    + "Custom|Switch|Range|EV|Battery|ChargePoint|HeatPump|SolarPlant|RetrofitMeter|Meter|Inverter|"
                    + "Light|Dark|System|Deutsch|English|Test|Staging|HTTP \\d{3}.*)");

    @Test
    void everyEnglishBundleHasAGermanTwinWithTheSameKeys() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path english : englishBundles()) {
            Path german = germanTwin(english);
            if (!Files.exists(german)) {
                problems.add(RESOURCES.relativize(english) + " has no German twin");
                continue;
            }
            Set<String> missing = new TreeSet<>(load(english).stringPropertyNames());
            missing.removeAll(load(german).stringPropertyNames());
            Set<String> extra = new TreeSet<>(load(german).stringPropertyNames());
            extra.removeAll(load(english).stringPropertyNames());
            missing.forEach(key -> problems.add(RESOURCES.relativize(german) + " lacks " + key));
            extra.forEach(key -> problems.add(RESOURCES.relativize(german) + " has " + key + ", which English lacks"));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noGermanTextIsEnglishLeftBehind() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path english : englishBundles()) {
            Path german = germanTwin(english);
            if (!Files.exists(german)) {
                continue;
            }
            Properties en = load(english);
            Properties de = load(german);
            for (String key : en.stringPropertyNames()) {
                String value = de.getProperty(key);
                if (value != null && value.equals(en.getProperty(key)) && !SAME_IN_BOTH.matcher(value.strip()).matches()) {
                    problems.add(RESOURCES.relativize(german) + ": " + key + " = " + value);
                }
            }
        }
        assertThat(problems).as("German values identical to the English ones").isEmpty();
    }

    @Test
    void thereAreBundlesToCheck() throws IOException {
        assertThat(englishBundles()).isNotEmpty();
    }

    private static List<Path> englishBundles() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.walk(UI), Files.walk(WORDS))) {
            return files.filter(p -> p.toString().endsWith(".properties"))
                    .filter(p -> !p.getFileName().toString().matches(".*_[a-z]{2}(_[A-Z]{2})?\\.properties"))
                    .sorted().toList();
        }
    }

    private static Path germanTwin(Path english) {
        String name = english.getFileName().toString();
        return english.resolveSibling(name.replace(".properties", "_de.properties"));
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
