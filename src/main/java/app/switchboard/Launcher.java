package app.switchboard;

import app.switchboard.cli.SwitchboardCommand;
import app.switchboard.links.ConsoleHandoff;
import app.switchboard.links.ItemLink;
import app.switchboard.links.LinkException;
import app.switchboard.paths.AppPaths;
import app.switchboard.text.Words;
import app.switchboard.network.SystemProxies;
import app.switchboard.ui.StartupClasses;
import app.switchboard.ui.SwitchboardApp;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Entry point. Does not extend {@link javafx.application.Application} so that JavaFX starts from a plain class path.
 * No arguments: the GUI; any argument, or {@code -Dswitchboard.mode=cli} (the console launcher of
 * the installers), runs the command line instead. A {@code switchboard://} link (as the operating
 * system passes it) or {@code open LINK} opens the link in the console: in the one already running
 * for this user if there is one, else in a console started for it.
 */
public final class Launcher {
    /** How long a start waits for a console that holds the lock to answer (it may be starting too). */
    private static final Duration HANDOFF_PATIENCE = Duration.ofSeconds(10);

    private Launcher() {
    }

    public static void main(String[] args) {
        Optional<String> link = linkArgument(args);
        boolean console = link.isPresent() || args.length == 0 && !"cli".equals(System.getProperty("switchboard.mode"));
        if (console) {
            // first of all: the classes are read on another core while this thread sets up logging
            StartupClasses.preloadInBackground();
        }
        // before anything asks the JDK for its default ProxySelector, which reads the property once
        SystemProxies.honour();
        if (console) {
            System.exit(console(link.orElse(null)));
        }
        System.exit(SwitchboardCommand.commandLine().execute(args));
    }

    /** The link in {@code switchboard LINK} or {@code switchboard open LINK}. */
    static Optional<String> linkArgument(String[] args) {
        String candidate = args.length == 1 ? args[0] : args.length == 2 && "open".equals(args[0]) ? args[1] : null;
        return candidate != null && candidate.regionMatches(true, 0, ItemLink.SCHEME + ":", 0, ItemLink.SCHEME.length() + 1)
                ? Optional.of(candidate) : Optional.empty();
    }

    /** Package-private for tests: a link that is none is refused here, before anything starts. */
    static int console(String link) {
        ItemLink parsed = null;
        if (link != null) {
            try {
                parsed = ItemLink.parse(link);
            } catch (LinkException e) {
                // said by the command line, which shows what a pasted text carries (an escape
                // sequence, a bidi override) instead of letting it act on the terminal
                return SwitchboardCommand.commandLine().execute("open", link);
            }
        }
        // one console per user: a running one takes the link (or simply comes to the front)
        ConsoleHandoff.Start start = ConsoleHandoff.start(AppPaths.fromSystem().data(), parsed, HANDOFF_PATIENCE);
        if (start.handedOver()) {
            if (link != null) {
                System.out.println(Words.of("links.handedOver", parsed.text()).in(Locale.getDefault()));
            }
            return 0;
        }
        if (start.claimed() == null) {
            System.err.println((parsed == null ? Words.of("links.notAnswering.noLink")
                    : Words.of("links.notAnswering", parsed.text())).in(Locale.getDefault()));
            return 1;
        }
        SwitchboardApp.launchConsole(new String[0], link, start.claimed());
        // the window is closed and stop() has released what it knew of; a connection still being
        // opened at that moment (the Demo sandbox's server threads) must not keep the process alive
        return 0;
    }
}
