package app.switchboard.ui.entities;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.audit.ActivityEntry;
import app.switchboard.audit.ActivityQuery;
import app.switchboard.sandbox.DerEntity;
import app.switchboard.ui.common.change.ActivityHistory;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Entities view where DER Connect offers only what it documents: no list (entities open by
 * id), no feature read (the switch says "state unknown", the write's answer becomes the state and
 * the activity log records that nothing was verified before it).
 */
class DocumentedOnlyEntitiesTest {
    @TempDir
    Path home;
    private DemoWorkspace demo;
    private EntitiesViewModel model;

    @BeforeEach
    void connect() {
        demo = DemoWorkspace.documentedOnly(home, true);
        model = demo.viewModel();
        demo.connect();
    }

    @AfterEach
    void close() {
        demo.close();
    }

    @Test
    void withoutTheListTheViewSaysSoAndOffersOpenById() {
        assertThat(model.list().stateProperty().get()).isEqualTo(LoadState.FAILED);
        assertThat(model.list().failureProperty().get()).contains("does not offer the entity list").contains("Open by id");
    }

    @Test
    void anEntityOpenedByIdShowsStateUnknownAndTheWritesAnswerBecomesItsState() {
        DerEntity ev = demo.supportedEvCapturingNothing();

        model.openByIds("id\n" + ev.id() + "\n");

        assertThat(model.list().all()).extracting(EntityRow::id).containsExactly(ev.id().toString());
        FeatureRow capture = model.detail().feature("CaptureChargeSessions").orElseThrow();
        assertThat(capture.status()).isEqualTo(FeatureStatus.STATE_UNKNOWN);
        assertThat(capture.isStateUnknown()).isTrue();
        assertThat(capture.reasonProperty().get()).contains("does not offer reading the features");

        model.flip(capture, true);

        assertThat(capture.status()).as(demo.service(app.switchboard.ui.common.notice.Notifier.class).notices().toString())
                .isEqualTo(FeatureStatus.ENABLED);
        assertThat(capture.isOn()).isTrue();
        assertThat(demo.der().capture(ev.id()).enabled()).isTrue();
        ActivityEntry entry = demo.service(ActivityHistory.class)
                .newest(ActivityQuery.all().withTargetId(ev.id().toString()), 1).get(0);
        assertThat(entry.before()).isNull();
        assertThat(entry.after()).isTrue();
        assertThat(entry.outcome().message()).startsWith("Not verified before the write");
    }

    @Test
    void idsImportedFromACsvFileOpenAndLinesWithoutAnIdAreNamedNotLost() throws Exception {
        DerEntity first = demo.supportedEvCapturingNothing();
        DerEntity second = demo.evWithoutBatteryCapacity();
        Path file = home.resolve("fleet.csv");
        java.nio.file.Files.writeString(file, "name;id\nFleet car;" + first.id() + "\nSpare;not known yet\nOther;"
                + second.id() + "\n");
        String[] read = new String[1];

        model.readIdFile(file, text -> read[0] = text);
        assertThat(model.idSummary(read[0])).isEqualTo("2 ids to open. One line gives no id and will not be opened: "
                + "line 3 “Spare;not known yet”: not an entity id");
        model.openByIds(read[0]);

        assertThat(model.list().all()).extracting(EntityRow::id).containsExactly(first.id().toString(), second.id().toString());
        assertThat(demo.service(app.switchboard.ui.common.notice.Notifier.class).notices())
                .anySatisfy(n -> assertThat(n.title() + ": " + n.message()).isEqualTo("Some lines were not opened: "
                        + "One line gives no id and will not be opened: line 3 “Spare;not known yet”: not an entity id"));
    }

    @Test
    void theDocumentedOnboardingListingGivesTheIdsOfTheOnboardedEntities() {
        java.util.List<String> found = new java.util.ArrayList<>();

        model.onboardedIds(found::addAll);

        assertThat(found).isNotEmpty().containsExactlyElementsOf(demo.der().entities().stream()
                .map(e -> e.id().toString()).limit(500).toList());
        model.openByIds(String.join("\n", found.subList(0, 3)));
        assertThat(model.list().all()).hasSize(3);
    }

    @Test
    void recentlyUsedEntitiesComeFromThisEnvironmentsActivityLog() {
        DerEntity ev = demo.supportedEvCapturingNothing();
        model.openByIds(ev.id().toString());
        model.flip(model.detail().feature("CaptureChargeSessions").orElseThrow(), true);

        assertThat(model.recentlyUsedIds(demo.service(ActivityHistory.class), 10)).containsExactly(ev.id().toString());
    }
}
