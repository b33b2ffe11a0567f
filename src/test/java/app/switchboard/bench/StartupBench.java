package app.switchboard.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Start-up: process start until the main window shows the first page of entities (Demo), against a
 * bare window with one label started the same way on the same JVM; and the console's resident
 * memory after a tour of every view. Runs alternate so that load on the machine hits both alike.
 */
final class StartupBench {
    private final Children children;
    private final int runs;

    StartupBench(Children children, int runs) {
        this.children = children;
        this.runs = runs;
    }

    /**
     * The console and the bare window, each started plainly ({@code java -jar}, the JVM's defaults) and
     * with the installed console's JVM options; the four alternate.
     */
    List<Figure> startUp() throws IOException, InterruptedException {
        List<String> options = Children.appJvmOptions();
        List<List<String>> starts = new ArrayList<>(List.of(consoleStart(List.of()), bareStart(List.of()),
                consoleStart(options), bareStart(options)));
        Path packaged = packagedLauncher();
        if (packaged != null) {
            starts.add(List.of(packaged.toString()));
        }
        List<List<Double>> times = new ArrayList<>();
        for (List<String> start : starts) {
            launchMillis(start);
            times.add(new ArrayList<>());
        }
        for (int i = 0; i < runs; i++) {
            for (int s = 0; s < starts.size(); s++) {
                times.get(s).add(launchMillis(starts.get(s)));
            }
        }
        List<Figure> figures = new ArrayList<>(List.of(
                Figure.reported("Start-up: bare JavaFX window, one label (the limit)", "ms", times.get(1), Double.NaN),
                Figure.atMost("Start-up from jars: first page of entities drawn", "ms", times.get(0),
                        Figure.median(times.get(1)), "bare window median", 1.5)));
        if (!options.isEmpty()) {
            figures.add(Figure.reported("Start-up: bare window with the installed JVM options (the limit)", "ms",
                    times.get(3), Double.NaN));
            figures.add(Figure.atMost("Start-up from jars with the installed JVM options", "ms", times.get(2),
                    Figure.median(times.get(3)), "bare window median, same options", 2.0));
        }
        if (packaged != null) {
            figures.add(Figure.atMost("Start-up of the packaged console (" + packaged + "): first page of entities drawn",
                    "ms", times.get(4), Figure.median(times.get(1)), "bare window median, plain JDK", 1.2));
        }
        return figures;
    }

    /**
     * The packaged console to time as well: {@code -Dbench.packaged=PATH}, else the installed
     * {@code .deb}'s launcher, else the app-image of {@code ./mvnw -Ppackage package}; null when none is there.
     */
    private Path packagedLauncher() {
        String given = System.getProperty("bench.packaged", "");
        for (Path candidate : given.isBlank()
                ? List.of(Path.of("/opt/switchboard/bin/Switchboard"), children.project().resolve("target/dist/Switchboard/bin/Switchboard"))
                : List.of(Path.of(given))) {
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private List<String> consoleStart(List<String> options) {
        List<String> args = new ArrayList<>(options);
        args.addAll(List.of("-Dswitchboard.startupProbe=entities", "-Dprism.order=sw", "-jar", children.jar().toString()));
        return args;
    }

    private List<String> bareStart(List<String> options) {
        List<String> args = new ArrayList<>(options);
        args.addAll(List.of("-Dswitchboard.startupProbe=true", "-Dprism.order=sw", "-cp",
                children.testClasses() + File.pathSeparator + children.jar(), BareWindow.class.getName()));
        return args;
    }

    /** The console's resident memory after a tour, with the installed JVM options and plainly, alternating. */
    List<Figure> residentMemory() throws IOException, InterruptedException {
        List<String> options = Children.appJvmOptions();
        List<Double> installed = new ArrayList<>();
        List<Double> plain = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            if (!options.isEmpty()) {
                installed.add(tourRss(options));
            }
            plain.add(tourRss(List.of()));
        }
        List<Figure> figures = new ArrayList<>();
        if (!options.isEmpty()) {
            figures.add(Figure.atMost("Resident memory after seed data and every view, installed JVM options (VmRSS)",
                    "MB", installed, 250, "fixed 250 MB", 1.0));
        }
        figures.add(Figure.atMost("Resident memory after seed data and every view, plain java -jar (VmRSS)", "MB",
                plain, 300, "fixed 300 MB", 1.0));
        return figures;
    }

    private double tourRss(List<String> options) throws IOException, InterruptedException {
        List<String> tour = new ArrayList<>(options);
        tour.addAll(List.of("-Dprism.order=sw", "-cp", children.testClasses() + File.pathSeparator + children.jar(),
                ConsoleTour.class.getName()));
        Map<String, String> out = children.run(tour);
        String value = out.get("rss-mb");
        if (value == null) {
            throw new IOException("the console tour printed no rss-mb: " + out);
        }
        return Double.parseDouble(value);
    }

    private double launchMillis(List<String> args) throws IOException, InterruptedException {
        // a packaged launcher is started as it is; its JVM gets the probe through JAVA_TOOL_OPTIONS
        Map<String, String> out = args.size() == 1
                ? children.runCommand(args, "-Dswitchboard.startupProbe=entities -Dprism.order=sw")
                : children.run(args);
        String frame = out.get("first-frame-epoch-ms");
        if (frame == null) {
            throw new IOException("no first frame from java " + args + ": " + out);
        }
        return Long.parseLong(frame) - Long.parseLong(out.get("spawn-epoch-ms"));
    }
}
