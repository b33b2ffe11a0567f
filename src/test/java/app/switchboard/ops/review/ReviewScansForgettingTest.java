package app.switchboard.ops.review;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.credentials.Environment;
import app.switchboard.credentials.EnvironmentOrigin;
import app.switchboard.credentials.EnvironmentStore;
import app.switchboard.credentials.ForwardingEnvironmentStore;
import app.switchboard.credentials.InMemoryEnvironmentStore;
import app.switchboard.credentials.RiskLevel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store the window uses is wrapped by {@link ReviewScans#forgetting}: where an environment comes from must pass through. */
class ReviewScansForgettingTest {
    @TempDir
    Path folder;

    @Test
    void theWrappedStoreStillSaysAnEnvironmentComesFromTheTeam() {
        Environment staging = new Environment("Staging", "#1565c0", RiskLevel.STAGING, "https://der.example.org",
                "https://der.example.org/token", "client", "esp", "https://coreapi.io", false);
        EnvironmentOrigin fromTeam = new EnvironmentOrigin(EnvironmentOrigin.Kind.TEAM, 3, "dora", null);
        InMemoryEnvironmentStore local = new InMemoryEnvironmentStore(List.of(staging));
        EnvironmentStore team = new ForwardingEnvironmentStore(local) {
            @Override
            public EnvironmentOrigin origin(Environment environment) {
                return fromTeam;
            }
        };

        EnvironmentStore wrapped = new ReviewScans(folder).forgetting(team);

        assertThat(wrapped.origin(staging)).isEqualTo(fromTeam);
        assertThat(wrapped.origin(staging).tag().english()).isEqualTo("from team");
    }
}
