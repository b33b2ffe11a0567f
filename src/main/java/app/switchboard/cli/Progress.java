package app.switchboard.cli;

import java.io.PrintWriter;

/**
 * Progress of a long run on standard error: on a terminal one line rewritten in place; without
 * one, a line per step only when {@link #line} is used, so that logs of scripts stay short.
 */
final class Progress {
    private final PrintWriter err;
    private final boolean terminal;
    private final String what;
    private boolean shown;

    Progress(PrintWriter err, boolean terminal, String what) {
        this.err = err;
        this.terminal = terminal;
        this.what = what;
    }

    /** e.g. "Loading entities… 300" (terminal only). */
    synchronized void count(long done) {
        if (terminal) {
            err.print("\r" + what + "… " + done);
            err.flush();
            shown = true;
        }
    }

    /** A step worth keeping in a script's log, e.g. "[3/20] EV \"Anna's car\" · CaptureChargeSessions: succeeded". */
    synchronized void line(long done, long total, String text) {
        if (terminal) {
            err.print("\r\033[K[" + done + "/" + total + "] " + TerminalText.cell(text));
            shown = true;
        } else {
            err.println("[" + done + "/" + total + "] " + TerminalText.cell(text));
        }
        err.flush();
    }

    /** Ends the rewritten line, so that what follows starts on its own. */
    synchronized void done() {
        if (shown) {
            err.print("\r\033[K");
            err.flush();
            shown = false;
        }
    }
}
