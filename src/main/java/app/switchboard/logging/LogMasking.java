package app.switchboard.logging;

import app.switchboard.client.KnownSecrets;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * The process's redactor lives in the logging context, because Logback creates the log layout
 * itself and cannot have it injected. The composition roots (the app's and the command line's)
 * take it from here once and hand it to every other outlet, so the log file, standard error,
 * dialogs and the activity log mask the same values.
 */
public final class LogMasking {
    static final String KEY = "app.switchboard.knownSecrets";

    private LogMasking() {
    }

    /** The redactor the log layout uses in this process; one is created on first use. */
    public static KnownSecrets processSecrets() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (factory instanceof LoggerContext context) {
            return of(context);
        }
        // logging goes elsewhere (not Logback): nothing to share with, the outlets still share this one
        return new KnownSecrets();
    }

    static KnownSecrets of(LoggerContext context) {
        synchronized (context) {
            Object known = context.getObject(KEY);
            if (known instanceof KnownSecrets secrets) {
                return secrets;
            }
            KnownSecrets secrets = new KnownSecrets();
            context.putObject(KEY, secrets);
            return secrets;
        }
    }
}
