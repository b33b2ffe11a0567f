package app.switchboard;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.audit.ActivityEntry;
import app.switchboard.audit.ActivityLog;
import app.switchboard.audit.ActivityOutcome;
import app.switchboard.audit.Api;
import app.switchboard.audit.OutcomeKind;
import app.switchboard.client.KnownSecrets;
import app.switchboard.credentials.InMemoryEnvironmentStore;
import app.switchboard.credentials.InMemorySecretStore;
import app.switchboard.credentials.SecretStore;
import app.switchboard.logging.LogMasking;
import app.switchboard.logging.RedactingPatternLayout;
import app.switchboard.paths.AppPaths;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The composition root hands one redactor to every outlet: a secret the app reads from its secret
 * store is masked from then on in the log file's layout and in the activity log, though neither
 * was ever told about it directly.
 */
class OneRedactorTest {
    @TempDir
    Path home;

    @Test
    void aSecretReadThroughTheAppsStoreIsMaskedInTheLogAndTheActivityLog() throws Exception {
        String key = "sbx_live_" + Long.toHexString(System.nanoTime()) + "!tail; with spaces";
        InMemorySecretStore store = new InMemorySecretStore();
        store.put("switchboard/Prod/fynn-api-key", key);
        AppPaths paths = new AppPaths(home.resolve("config"), home.resolve("data"));
        AppContext context = AppContext.builder(paths).secrets(store)
                .environments(new InMemoryEnvironmentStore(List.of(InMemoryEnvironmentStore.demo())))
                .appearance(() -> false).locale(Locale.ENGLISH).sameThreadTasks().build();
        try {
            assertThat(context.service(SecretStore.class).get("switchboard/Prod/fynn-api-key")).contains(key);

            assertThat(context.service(KnownSecrets.class)).isSameAs(LogMasking.processSecrets());
            LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
            RedactingPatternLayout layout = new RedactingPatternLayout();
            layout.setContext(logging);
            layout.setPattern("%msg");
            layout.start();
            String line = layout.doLayout(new LoggingEvent(Logger.class.getName(), logging.getLogger("test"), Level.WARN,
                    "Fynn said: Bearer " + key, null, null));
            assertThat(line).isEqualTo("Fynn said: Bearer [redacted]");

            ActivityLog activity = context.service(ActivityLog.class);
            Instant now = Instant.parse("2026-12-07T10:00:00Z");
            activity.append(new ActivityEntry("id-1", now, "alice", "Prod", Api.FYNN, "sub-1", "ent-1", "ACME",
                    ActivityEntry.ENABLE, false, null, "pasted " + key,
                    new ActivityOutcome(OutcomeKind.FAILED, 401, "rejected " + key), 5, null, null, null));
            assertThat(Files.readString(activity.fileFor(YearMonth.of(2026, 12)))).doesNotContain("tail")
                    .contains("pasted [redacted]", "rejected [redacted]");
        } finally {
            context.close();
        }
    }
}
