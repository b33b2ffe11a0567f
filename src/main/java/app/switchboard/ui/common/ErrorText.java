package app.switchboard.ui.common;

import app.switchboard.client.Redaction;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

/** Turns an exception into a sentence for the operator, and into redacted details for the expandable part. */
public final class ErrorText {
    private ErrorText() {
    }

    /** The reason in words: the most specific message in the cause chain, or what kind of problem it was. */
    public static String reason(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String network = networkReason(t);
            if (network != null) {
                return network;
            }
            if (t.getMessage() != null && !t.getMessage().isBlank() && !isWrapper(t)) {
                return Redaction.scrubPatterns(t.getMessage().strip());
            }
        }
        if (error instanceof IOException) {
            return "A file or network operation failed without giving a reason.";
        }
        return "An unexpected internal problem (" + error.getClass().getSimpleName()
                + ") stopped it. This is a fault in Switchboard, not something you did.";
    }

    /** The full trace, with credentials masked, for the expandable details and bug reports. */
    public static String details(Throwable error) {
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        return Redaction.scrubPatterns(out.toString());
    }

    private static String networkReason(Throwable t) {
        if (t instanceof UnknownHostException) {
            return "The server name " + t.getMessage() + " could not be found. Check the address and your network.";
        }
        if (t instanceof ConnectException) {
            return "The server refused the connection or could not be reached.";
        }
        if (t instanceof SocketTimeoutException) {
            return "The server did not answer in time.";
        }
        if (t instanceof FileNotFoundException) {
            return "A file could not be found: " + t.getMessage();
        }
        return null;
    }

    /** Wrappers such as ExecutionException carry "java.lang.X: message" of their cause, not a reason of their own. */
    private static boolean isWrapper(Throwable t) {
        return t.getCause() != null && t.getMessage() != null && t.getMessage().equals(t.getCause().toString());
    }
}
