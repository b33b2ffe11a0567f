package app.switchboard.bench;

/** How the figures measured in child processes are taken, for the report. */
final class StartupNotes {
    static final String STARTUP = "Start-up: wall clock from spawning `java -jar target/app/switchboard.jar` "
            + "(fresh settings folder, Demo environment) until the probe (`-Dswitchboard.startupProbe=entities`) "
            + "sees the first page of entities drawn, against `BareWindow` (one label, the same probe in its "
            + "first-frame mode) started from the same jar's class path on the same JVM; one untimed start of "
            + "each first, then they alternate. All run on Xvfb with the software pipeline. The packaged "
            + "console is timed in the same alternation when one is there (`-Dbench.packaged=PATH`, else "
            + "`/opt/switchboard/bin/Switchboard` of the installed .deb, else the app-image of `-Ppackage`), "
            + "started by its own launcher with the probe in JAVA_TOOL_OPTIONS, against the bare window on "
            + "the plain JDK; `jpackage/measure-startup.sh` measures it the same way with CPU times. "
            + "Each pair is measured twice: plainly (the JVM's defaults) and with the installed console's JVM "
            + "options (`app.jvm.*` in pom.xml: " + String.join(" ", Children.appJvmOptions()) + ").";
    static final String MEMORY = "Resident memory: `ConsoleTour` starts the console as a user would (Demo, "
            + "seed data), visits the five sections with Ctrl+1..5, a few seconds each, then reads VmRSS from "
            + "/proc/self/status; once with the installed console's JVM options (as the installer's launcher "
            + "starts it), once plainly with the JVM's defaults, alternating.";

    private StartupNotes() {
    }
}
