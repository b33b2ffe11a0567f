package app.switchboard.ui.common.session;

import app.switchboard.credentials.Environment;
import app.switchboard.credentials.InMemoryEnvironmentStore;
import app.switchboard.credentials.RiskLevel;
import app.switchboard.ops.EnvironmentConnection;
import app.switchboard.ops.EnvironmentConnector;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.fx.TaskRunner;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Environment sessions for view-model tests: same-thread tasks, a fixed clock, recorded errors. */
public final class TestSessions {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T10:15:30Z"), ZoneOffset.UTC);
    public static final Environment STAGING = new Environment("Staging EU", "#ef6c00", RiskLevel.STAGING,
            "https://der.staging.example/api", "https://der.staging.example/token", "switchboard", "esp",
            "https://fynn.staging.example", false);

    public final List<String> reportedErrors = new ArrayList<>();
    public final InMemoryEnvironmentStore store =
            new InMemoryEnvironmentStore(List.of(InMemoryEnvironmentStore.demo(), STAGING));
    public final TaskRunner tasks = TaskRunner.sameThread((what, error) -> reportedErrors.add(what));

    public EnvironmentSession session(EnvironmentConnector connector) {
        return new EnvironmentSession(store, connector, tasks, CLOCK, app.switchboard.ui.common.fx.Messages.load(java.util.Locale.ENGLISH));
    }

    /** A connector that opens every environment, as a working backend would. */
    public static EnvironmentConnector connectingToEverything() {
        return environment -> new EnvironmentConnection() {
            @Override
            public Environment environment() {
                return environment;
            }

            @Override
            public app.switchboard.derconnect.DerConnectApi der() {
                throw new UnsupportedOperationException("shell tests make no API calls");
            }

            @Override
            public app.switchboard.fynn.FynnApi fynn() {
                throw new UnsupportedOperationException("shell tests make no API calls");
            }

            @Override
            public void close() {
            }
        };
    }
}
