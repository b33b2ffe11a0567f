package app.switchboard.ui.common.notice;

import app.switchboard.client.Redaction;
import app.switchboard.text.Worded;
import app.switchboard.ui.common.fx.Messages;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.function.UnaryOperator;

/** Turns an exception into a sentence for the operator, and into redacted details for the expandable part. */
public final class ErrorText {
    private ErrorText() {
    }

    /** The reason in words: the most specific message in the cause chain, or what kind of problem it was. */
    public static String reason(Throwable error, Messages messages) {
        return reason(error, messages, Redaction::scrubPatterns);
    }

    /**
     * {@link #reason(Throwable, Messages)} masked by {@code mask}, e.g. the process's redactor,
     * which masks known secrets before the patterns (patterns first would cut them).
     */
    public static String reason(Throwable error, Messages messages, UnaryOperator<String> mask) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String network = networkReason(t, messages);
            if (network != null) {
                return network;
            }
            if (t instanceof Worded worded) {
                return mask.apply(messages.text(worded.words()));
            }
            if (t.getMessage() != null && !t.getMessage().isBlank() && !isWrapper(t)) {
                return mask.apply(t.getMessage().strip());
            }
        }
        if (error instanceof IOException) {
            return messages.get("errors.reason.io");
        }
        return messages.get("errors.reason.internal", error.getClass().getSimpleName());
    }

    /** The full trace, with credentials masked, for the expandable details and bug reports. */
    public static String details(Throwable error) {
        return details(error, Redaction::scrubPatterns);
    }

    /** {@link #details(Throwable)} masked by {@code mask}. */
    public static String details(Throwable error, UnaryOperator<String> mask) {
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        return mask.apply(out.toString());
    }

    private static String networkReason(Throwable t, Messages messages) {
        if (t instanceof UnknownHostException) {
            return messages.get("errors.reason.unknownHost", t.getMessage());
        }
        if (t instanceof ConnectException) {
            return messages.get("errors.reason.refused");
        }
        if (t instanceof SocketTimeoutException) {
            return messages.get("errors.reason.timeout");
        }
        if (t instanceof FileNotFoundException) {
            return messages.get("errors.reason.fileNotFound", t.getMessage());
        }
        return null;
    }

    /** Wrappers such as ExecutionException carry "java.lang.X: message" of their cause, not a reason of their own. */
    private static boolean isWrapper(Throwable t) {
        return t.getCause() != null && t.getMessage() != null && t.getMessage().equals(t.getCause().toString());
    }
}
