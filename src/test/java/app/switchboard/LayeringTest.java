package app.switchboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The house rules of DESIGN.md, read from the sources: JavaFX only in {@code ui}, picocli only in
 * {@code cli}, and no import cycles between packages. The composition root ({@code app.switchboard}
 * itself) is left out of the cycle check: it is the one place that sees everything, and the JavaFX
 * application reaches it once at start.
 */
class LayeringTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final String ROOT = "app.switchboard";
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+);", Pattern.MULTILINE);

    private final Map<String, String> packageOfClass = new HashMap<>();
    private final Map<String, Set<String>> importsOfPackage = new TreeMap<>();

    LayeringTest() {
        List<Path> files = javaFiles();
        Map<Path, String> texts = new HashMap<>();
        for (Path file : files) {
            String text = read(file);
            texts.put(file, text);
            Matcher pkg = PACKAGE.matcher(text);
            if (pkg.find()) {
                String name = file.getFileName().toString().replace(".java", "");
                packageOfClass.put(pkg.group(1) + "." + name, pkg.group(1));
            }
        }
        texts.forEach((file, text) -> {
            Matcher pkg = PACKAGE.matcher(text);
            if (!pkg.find()) {
                return;
            }
            Set<String> imports = importsOfPackage.computeIfAbsent(pkg.group(1), p -> new TreeSet<>());
            Matcher imp = IMPORT.matcher(text);
            while (imp.find()) {
                imports.add(imp.group(1));
            }
        });
    }

    @Test
    void onlyTheInterfacePackagesImportJavaFx() {
        assertThat(packagesImporting("javafx."))
                .allMatch(pkg -> pkg.equals(ROOT) || pkg.equals(ROOT + ".ui") || pkg.startsWith(ROOT + ".ui."));
    }

    @Test
    void onlyTheCommandLineImportsPicocli() {
        assertThat(packagesImporting("picocli."))
                .allMatch(pkg -> pkg.equals(ROOT) || pkg.equals(ROOT + ".cli") || pkg.startsWith(ROOT + ".cli."));
    }

    @Test
    void theConsoleAndTheCommandLineDoNotImportEachOther() {
        assertThat(packagesImporting(ROOT + ".cli.")).noneMatch(pkg -> pkg.startsWith(ROOT + ".ui"));
        assertThat(packagesImporting(ROOT + ".ui.")).noneMatch(pkg -> pkg.startsWith(ROOT + ".cli"));
    }

    @Test
    void packagesImportEachOtherWithoutCycles() {
        Map<String, Set<String>> graph = new TreeMap<>();
        importsOfPackage.forEach((pkg, imports) -> {
            if (pkg.equals(ROOT)) {
                return;
            }
            Set<String> targets = new TreeSet<>();
            for (String imported : imports) {
                String target = packageOf(imported);
                if (target != null && !target.equals(pkg) && !target.equals(ROOT)) {
                    targets.add(target);
                }
            }
            graph.put(pkg, targets);
        });
        assertThat(cycles(graph)).as("package cycles").isEmpty();
    }

    private Set<String> packagesImporting(String prefix) {
        Set<String> found = new TreeSet<>();
        importsOfPackage.forEach((pkg, imports) -> {
            if (imports.stream().anyMatch(i -> i.startsWith(prefix))) {
                found.add(pkg);
            }
        });
        return found;
    }

    /** The package of an imported class, or of the class owning an imported nested class or static member. */
    private String packageOf(String imported) {
        String name = imported;
        while (name.contains(".")) {
            String pkg = packageOfClass.get(name);
            if (pkg != null) {
                return pkg;
            }
            name = name.substring(0, name.lastIndexOf('.'));
        }
        return null;
    }

    /** Strongly connected components with more than one package (Tarjan). */
    private static List<Set<String>> cycles(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<Set<String>> found = new ArrayList<>();
        for (String start : graph.keySet()) {
            if (!index.containsKey(start)) {
                connect(start, graph, index, low, stack, onStack, found);
            }
        }
        return found;
    }

    private static void connect(String node, Map<String, Set<String>> graph, Map<String, Integer> index,
            Map<String, Integer> low, Deque<String> stack, Set<String> onStack, List<Set<String>> found) {
        index.put(node, index.size());
        low.put(node, index.get(node));
        stack.push(node);
        onStack.add(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            if (!index.containsKey(next)) {
                connect(next, graph, index, low, stack, onStack, found);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (onStack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            Set<String> component = new TreeSet<>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                component.add(member);
            } while (!member.equals(node));
            if (component.size() > 1) {
                found.add(component);
            }
        }
    }

    private static List<Path> javaFiles() {
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            return walk.filter(p -> p.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
