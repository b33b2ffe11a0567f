package app.switchboard.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The results as a console table and as {@code docs/PERFORMANCE.md}. */
final class Report {
    private final Machine machine;
    private final String loadAtEnd;
    private final List<Figure> figures;
    private final List<String> notes;

    Report(Machine machine, String loadAtEnd, List<Figure> figures, List<String> notes) {
        this.machine = machine;
        this.loadAtEnd = loadAtEnd;
        this.figures = figures;
        this.notes = notes;
    }

    String table() {
        StringBuilder out = new StringBuilder();
        String row = "%-62s %4s %10s %10s %10s %10s %7s %8s  %s%n";
        out.append(String.format(Locale.ROOT, row, "figure", "runs", "median", "min", "max", "limit", "ratio", "target", ""));
        for (Figure f : figures) {
            out.append(String.format(Locale.ROOT, row, f.name(), f.samples().size(), num(f.median(), f.unit()),
                    num(f.min(), f.unit()), num(f.max(), f.unit()), limit(f), ratio(f), target(f), verdict(f)));
        }
        return out.toString();
    }

    void write(Path file) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Performance\n\n");
        md.append("Written by the benchmark harness; do not edit by hand. Run it again with:\n\n");
        md.append("```\n./mvnw -B -ntp -Pbench verify\n```\n\n");
        md.append("It builds the jars, skips the tests, and runs `app.switchboard.bench.PerformanceBench` (sources in\n");
        md.append("`src/test/java/app/switchboard/bench/` and the `*Bench` classes beside the views; none of them is a\n");
        md.append("test, so `./mvnw verify` never runs them). Each figure is the median of its runs, with min and max,\n");
        md.append("divided by its limit; the limit is measured in the same run where it is a measurement.\n\n");
        md.append("## Machine\n\n");
        md.append("| | |\n|---|---|\n");
        md.append("| Measured | ").append(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES)).append(" |\n");
        md.append("| Cores (`nproc`) | ").append(machine.cores()).append(" |\n");
        md.append("| Memory | ").append(machine.memoryMb()).append(" MB |\n");
        md.append("| Load average (1, 5, 15 min) at start | ").append(machine.loadAtStart()).append(" |\n");
        md.append("| Load average at end | ").append(loadAtEnd).append(" |\n");
        md.append("| JDK | ").append(machine.jdk()).append(" |\n");
        md.append("| OS | ").append(machine.os()).append(" |\n");
        md.append("| JVM options of the harness (in-process figures) | `")
                .append(String.join(" ", java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()
                        .stream().filter(a -> a.startsWith("-X")).toList()))
                .append("` |\n\n");
        md.append("## Figures\n\n");
        md.append("| Figure | Runs | Median | Min | Max | Limit | Ratio | Target | |\n");
        md.append("|---|---:|---:|---:|---:|---|---:|---:|---|\n");
        for (Figure f : figures) {
            md.append("| ").append(f.name()).append(" | ").append(f.samples().size()).append(" | ")
                    .append(num(f.median(), f.unit())).append(" | ").append(num(f.min(), f.unit())).append(" | ")
                    .append(num(f.max(), f.unit())).append(" | ").append(limit(f)).append(" | ").append(ratio(f))
                    .append(" | ").append(target(f)).append(" | ").append(verdict(f)).append(" |\n");
        }
        md.append("\n## How each figure is taken\n\n");
        md.append(notes.stream().map(n -> "- " + n).collect(Collectors.joining("\n"))).append("\n");
        md.append(findings());
        Files.createDirectories(file.getParent());
        Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
    }

    /** The hand-written part: misses, their causes, what was tried (kept beside the harness). */
    private static String findings() throws IOException {
        try (var in = Report.class.getResourceAsStream("findings.md")) {
            return in == null ? "" : "\n" + new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String num(double value, String unit) {
        return String.format(Locale.ROOT, value >= 100 ? "%.0f %s" : "%.1f %s", value, unit);
    }

    private static String limit(Figure f) {
        if (Double.isNaN(f.target()) || f.limitText().equals("-")) {
            return "-";
        }
        return num(f.limit(), f.unit()) + " (" + f.limitText() + ")";
    }

    private static String ratio(Figure f) {
        return Double.isNaN(f.target()) || f.limitText().equals("-") ? "-" : String.format(Locale.ROOT, "%.2f", f.ratio());
    }

    private static String target(Figure f) {
        if (Double.isNaN(f.target())) {
            return "-";
        }
        String value = f.limitText().equals("-") ? num(f.target(), f.unit()) : String.format(Locale.ROOT, "%.2f", f.target());
        return (f.atLeast() ? ">= " : "<= ") + value;
    }

    private static String verdict(Figure f) {
        if (Double.isNaN(f.target())) {
            return "reference";
        }
        return f.met() ? "met" : "MISSED";
    }
}
