package app.switchboard.ui.activity;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.audit.ActivityEntry;
import app.switchboard.audit.OutcomeKind;
import app.switchboard.credentials.Environment;
import app.switchboard.ops.ChangeRequest;
import app.switchboard.ops.ChangeTarget;
import app.switchboard.ops.SwitchFailure;
import app.switchboard.testsupport.MutableClock;
import app.switchboard.ui.common.change.ChangeFixture;
import app.switchboard.ui.common.session.TestSessions;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActivityViewModelTest {
    @TempDir
    Path home;
    private ChangeFixture fixture;
    private ActivityViewModel model;
    private final Environment staging = TestSessions.STAGING;
    private Environment demo;

    @BeforeEach
    void recordSomeChanges() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-19T09:00:00Z"));
        fixture = ChangeFixture.sameThread(home, clock, "alice");
        demo = fixture.sessions.store.list().get(0);
        ChangeTarget ev = ChangeTarget.derFeature(staging, "ev-1", "CaptureChargeSessions", "Anna's car", "EV", "WVW1");
        ChangeTarget pump = ChangeTarget.derFeature(staging, "hp-1", "CaptureChargeSessions", "Cellar", "HeatPump", "HP1");
        ChangeTarget onDemo = ChangeTarget.derFeature(demo, "ev-9", "CaptureChargeSessions", "Demo car", "EV", "DEMO9");
        fixture.der.set(ev, false);
        fixture.der.set(pump, false);
        fixture.der.set(onDemo, true);
        fixture.der.failWith(pump, SwitchFailure.refused(400, "only for EVs and charge points"));

        fixture.connect(staging);
        fixture.engine.change(ChangeRequest.set(ev, false, true));          // 19 Nov, succeeded
        clock.advance(Duration.ofDays(1));
        fixture.engine.change(ChangeRequest.set(pump, false, true));        // 20 Nov, refused
        clock.advance(Duration.ofDays(1));
        fixture.connect(demo);
        fixture.engine.change(ChangeRequest.set(onDemo, true, false));      // 21 Nov, succeeded on Demo

        model = new ActivityViewModel(fixture.history, fixture.sessions.tasks, fixture.changes, fixture.notifier,
                fixture.session, fixture.messages, ZoneOffset.UTC);
        model.reload();
    }

    private List<String> shownTargets() {
        return model.shown().stream().map(ActivityEntry::targetName).toList();
    }

    @Test
    void showsEveryEntryNewestFirstWithTheFiltersOfferingWhatIsThere() {
        assertThat(shownTargets()).containsExactly("EV \"Demo car\" (DEMO9) · CaptureChargeSessions",
                "HeatPump \"Cellar\" (HP1) · CaptureChargeSessions", "EV \"Anna's car\" (WVW1) · CaptureChargeSessions");
        assertThat(model.environments()).extracting(FilterChoice::label)
                .containsExactly("All environments", "Demo", "Staging EU");
        assertThat(model.users()).extracting(FilterChoice::label).containsExactly("All users", "alice");
    }

    @Test
    void filtersByEnvironmentTextOutcomeAndDateRange() {
        model.environmentProperty().set(new FilterChoice<>("Staging EU", "Staging EU"));
        assertThat(model.shown()).hasSize(2);

        model.outcomeProperty().set(new FilterChoice<>(OutcomeKind.REFUSED, "Refused"));
        assertThat(shownTargets()).containsExactly("HeatPump \"Cellar\" (HP1) · CaptureChargeSessions");

        model.clearFilters();
        model.textProperty().set("wvw1");
        assertThat(shownTargets()).containsExactly("EV \"Anna's car\" (WVW1) · CaptureChargeSessions");

        model.clearFilters();
        model.fromProperty().set(LocalDate.of(2026, 11, 20));
        model.untilProperty().set(LocalDate.of(2026, 11, 20));
        assertThat(shownTargets()).as("one whole day, both ends included")
                .containsExactly("HeatPump \"Cellar\" (HP1) · CaptureChargeSessions");
    }

    @Test
    void exportWritesExactlyTheFilteredRows() {
        model.environmentProperty().set(new FilterChoice<>("Staging EU", "Staging EU"));
        StringWriter csv = new StringWriter();

        long rows = model.export(csv);

        assertThat(rows).isEqualTo(2);
        List<String> lines = csv.toString().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("time,user,environment");
        assertThat(lines.subList(1, 3)).allSatisfy(line -> assertThat(line).contains(",Staging EU,"));
        assertThat(lines.get(1)).contains("Cellar").contains("refused");
        assertThat(lines.get(2)).contains("Anna's car").contains("succeeded");
    }

    @Test
    void exportToAFileWritesTheSameRowsAndSaysSo() throws Exception {
        model.textProperty().set("Demo car");
        Path file = home.resolve("out.csv");

        model.exportTo(file);

        assertThat(Files.readAllLines(file)).hasSize(2);
        // Excel reads a CSV without the UTF-8 byte-order mark in the ANSI code page
        assertThat(Files.readAllBytes(file)).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(fixture.notifier.notices().get(0).message()).isEqualTo("1 entries written to " + file);
    }

    @Test
    void undoIsOfferedOnlyForSucceededChangesInTheConnectedEnvironment() {
        ActivityEntry demoChange = model.shown().get(0);
        ActivityEntry refused = model.shown().get(1);
        ActivityEntry stagingChange = model.shown().get(2);

        assertThat(model.whyNotUndoable(demoChange)).isEmpty();
        assertThat(model.whyNotUndoable(refused)).hasValue("Only a change that succeeded can be undone.");
        assertThat(model.whyNotUndoable(stagingChange))
                .hasValue("This change was made in Staging EU; switch to Staging EU to undo it.");

        model.undo(demoChange);

        assertThat(model.shown()).as("reloaded after the change completed").hasSize(4);
        assertThat(model.shown().get(0).undoOf()).isEqualTo(demoChange.id());
        assertThat(model.whyNotUndoable(model.shown().get(1))).hasValue("This change has already been undone.");
    }

    @Test
    void undoIsRefusedInAnEnvironmentRemovedAndAddedAgainUnderTheSameName() {
        ActivityEntry stagingChange = model.shown().get(2);
        Environment addedAgain = new Environment(staging.name(), staging.colour(), staging.risk(),
                "https://elsewhere.example/api", staging.derTokenUrl(), staging.derClientId(), staging.derScope(),
                "https://elsewhere.example", false);
        fixture.connect(addedAgain);

        assertThat(model.whyNotUndoable(stagingChange)).hasValue("This change was made in an earlier environment called "
                + "Staging EU that has since been removed; the Staging EU you have now is a different one, so it cannot "
                + "be undone here.");
        fixture.connect(staging.withName("Staging Europe"));
        assertThat(model.whyNotUndoable(stagingChange)).isEmpty();
    }
}
