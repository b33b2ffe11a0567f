package app.switchboard.logging;

import app.switchboard.paths.AppPaths;
import ch.qos.logback.core.PropertyDefinerBase;
import java.nio.file.Path;

/**
 * Tells the logging set-up ({@link LogSetup}) where the log folder is, so the log follows {@code SWITCHBOARD_HOME}
 * and the platform's data folder exactly like every other file Switchboard writes.
 */
public class LogFolder extends PropertyDefinerBase {
    @Override
    public String getPropertyValue() {
        try {
            AppPaths paths = AppPaths.fromSystem();
            AppPaths.ensurePrivateDirectory(paths.data());
            return AppPaths.ensurePrivateDirectory(paths.logs()).toString();
        } catch (RuntimeException e) {
            addWarn("Cannot use the Switchboard data folder for logs; writing them to the temp folder", e);
            return Path.of(System.getProperty("java.io.tmpdir"), "switchboard-logs").toString();
        }
    }
}
