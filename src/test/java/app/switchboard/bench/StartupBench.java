package app.switchboard.bench;

import java.io.File;
import java.io.IOException;
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

    List<Figure> startUp() throws IOException, InterruptedException {
        List<String> console = List.of("-Dswitchboard.startupProbe=entities", "-Dprism.order=sw", "-jar",
                children.jar().toString());
        List<String> bare = List.of("-Dswitchboard.startupProbe=true", "-Dprism.order=sw", "-cp",
                children.testClasses() + File.pathSeparator + children.jar(), BareWindow.class.getName());
        launchMillis(console);
        launchMillis(bare);
        List<Double> consoleTimes = new ArrayList<>();
        List<Double> bareTimes = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            consoleTimes.add(launchMillis(console));
            bareTimes.add(launchMillis(bare));
        }
        double bareMedian = Figure.median(bareTimes);
        return List.of(
                Figure.reported("Start-up: bare JavaFX window, one label (the limit)", "ms", bareTimes, Double.NaN),
                Figure.atMost("Start-up from jars: first page of entities drawn", "ms", consoleTimes, bareMedian,
                        "bare window median", 1.5));
    }

    Figure residentMemory() throws IOException, InterruptedException {
        List<String> tour = List.of("-Dprism.order=sw", "-cp", children.testClasses() + File.pathSeparator
                + children.jar(), ConsoleTour.class.getName());
        List<Double> rss = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Map<String, String> out = children.run(tour);
            String value = out.get("rss-mb");
            if (value == null) {
                throw new IOException("the console tour printed no rss-mb: " + out);
            }
            rss.add(Double.parseDouble(value));
        }
        return Figure.atMost("Resident memory after seed data and every view (VmRSS)", "MB", rss, 300,
                "fixed 300 MB", 1.0);
    }

    private double launchMillis(List<String> args) throws IOException, InterruptedException {
        Map<String, String> out = children.run(args);
        String frame = out.get("first-frame-epoch-ms");
        if (frame == null) {
            throw new IOException("no first frame from java " + args + ": " + out);
        }
        return Long.parseLong(frame) - Long.parseLong(out.get("spawn-epoch-ms"));
    }
}
