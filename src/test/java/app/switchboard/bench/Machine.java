package app.switchboard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the figures were measured on: cores, memory, load and the JVM, read when the run starts and ends. */
record Machine(int cores, long memoryMb, String loadAtStart, String jdk, String os) {

    static Machine now() {
        return new Machine(Runtime.getRuntime().availableProcessors(), memTotalMb(), load(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                        + " (" + System.getProperty("java.vendor") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
    }

    /** The 1, 5 and 15 minute load averages, as /proc/loadavg states them. */
    static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static long memTotalMb() {
        long kb = procKb(Path.of("/proc/meminfo"), "MemTotal:");
        return kb < 0 ? -1 : kb / 1024;
    }

    /** Resident set size of this process in MB (VmRSS), or -1 where /proc is missing. */
    static double residentMb() {
        long kb = procKb(Path.of("/proc/self/status"), "VmRSS:");
        return kb < 0 ? -1 : kb / 1024.0;
    }

    /** The kB figure of the line starting with {@code key} in a /proc file, or -1. */
    private static long procKb(Path file, String key) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
