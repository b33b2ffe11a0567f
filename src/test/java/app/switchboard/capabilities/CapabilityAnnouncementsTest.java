package app.switchboard.capabilities;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.ops.Availability;
import app.switchboard.ops.InferredRead;
import app.switchboard.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CapabilityAnnouncementsTest {
    private final CapabilityRegistry registry = new CapabilityRegistry();
    private final CapabilityAnnouncements announcements = new CapabilityAnnouncements();
    private final List<List<Words>> said = new ArrayList<>();

    CapabilityAnnouncementsTest() {
        registry.addListener((environment, reads) -> announcements.recordChanged(environment, reads).ifPresent(said::add));
    }

    @Test
    void aProbeThatFindsThreeReadsMissingIsOneNoticeNotThree() {
        announcements.probeStarted("Production");
        for (InferredRead read : InferredRead.values()) {
            registry.observed("Production", read, Availability.NOT_OFFERED);
        }
        assertThat(said).isEmpty();

        announcements.probeEnded("Production", registry.all("Production")).ifPresent(said::add);

        assertThat(said).hasSize(1);
        assertThat(said.get(0)).hasSize(3);
    }

    @Test
    void theSameFindingAgainIsNotNewsButAChangeIs() {
        announcements.probeStarted("Production");
        registry.observed("Production", InferredRead.ENTITY_LIST, Availability.NOT_OFFERED);
        registry.observed("Production", InferredRead.ENTITY, Availability.AVAILABLE);
        registry.observed("Production", InferredRead.FEATURES, Availability.AVAILABLE);
        announcements.probeEnded("Production", registry.all("Production")).ifPresent(said::add);
        announcements.probeStarted("Production");
        Optional<List<Words>> again = announcements.probeEnded("Production", registry.all("Production"));

        registry.observed("Production", InferredRead.FEATURES, Availability.NOT_OFFERED);

        assertThat(again).isEmpty();
        assertThat(said).hasSize(2);
        assertThat(said.get(1)).hasSize(2);
    }

    @Test
    void everythingOfferedAgainIsQuietAndALaterLossIsSaidAgain() {
        registry.observed("Staging", InferredRead.FEATURES, Availability.NOT_OFFERED);
        registry.observed("Staging", InferredRead.FEATURES, Availability.AVAILABLE);
        registry.observed("Staging", InferredRead.FEATURES, Availability.NOT_OFFERED);

        assertThat(said).hasSize(2);
    }
}
