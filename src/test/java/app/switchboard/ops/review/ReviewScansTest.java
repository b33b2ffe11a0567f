package app.switchboard.ops.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.switchboard.credentials.Environment;
import app.switchboard.credentials.EnvironmentStore;
import app.switchboard.credentials.InMemoryEnvironmentStore;
import app.switchboard.credentials.RiskLevel;
import app.switchboard.fynn.Entitlement;
import app.switchboard.fynn.EntitlementStatus;
import app.switchboard.fynn.EntitlementSubscriptionItem;
import app.switchboard.fynn.Feature;
import app.switchboard.fynn.FeatureStatus;
import app.switchboard.fynn.FeatureType;
import app.switchboard.text.Words;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The last complete scan of each environment, kept below the data folder for the next start. */
class ReviewScansTest {
    private static final Environment PROD = new Environment("Prod DE", "#c62828", RiskLevel.PRODUCTION,
            "https://der.example/api", "https://der.example/token", "switchboard", "esp", "https://fynn.example", true);
    private static final Instant AS_OF = Instant.parse("2026-11-20T08:00:00Z");

    @TempDir
    Path data;

    @Test
    void aKeptScanIsReadBackWithItsAsOfTimeRowsAndCatalogue() throws Exception {
        ReviewScans scans = new ReviewScans(data.resolve("review"));
        ReviewSnapshot scan = snapshot(List.of());

        scans.save(PROD, scan);
        ReviewSnapshot read = scans.load(PROD).orElseThrow();

        assertThat(read.asOf()).isEqualTo(AS_OF);
        assertThat(read.subscriptions()).isEqualTo(2);
        assertThat(read.took()).isEqualTo(Duration.ofSeconds(3));
        assertThat(read.rows()).isEqualTo(scan.rows());
        assertThat(read.rows().get(0).texts().customer()).isEqualTo("Müller & Söhne GmbH (CUS-000042)");
        assertThat(read.features()).isEqualTo(scan.features());
        for (int i = 0; i < read.rows().size(); i++) {
            assertThat(read.rows().get(i).ranks()).as("ranks kept, not made again").isEqualTo(scan.rows().get(i).ranks());
        }
        assertThat(read.rows().get(0).entitlement().validUntil()).isEqualTo(scan.rows().get(0).entitlement().validUntil());
    }

    @Test
    void theKeptScanAndItsFolderAreReadableByTheUserOnlyLikeTheActivityLog() throws Exception {
        assumeTrue(Files.getFileStore(data).supportsFileAttributeView("posix"), "POSIX permissions");
        ReviewScans scans = new ReviewScans(data.resolve("review"));

        scans.save(PROD, snapshot(List.of()));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(scans.fileOf(PROD))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("review"))))
                .isEqualTo("rwx------");
        try (var files = Files.list(data.resolve("review"))) {
            assertThat(files.toList()).as("no temporary file left").containsExactly(scans.fileOf(PROD));
        }
    }

    @Test
    void removingTheEnvironmentDeletesItsKeptScanAndLeavesTheOthers() throws Exception {
        ReviewScans scans = new ReviewScans(data.resolve("review"));
        Environment other = new Environment("Staging", "#ef6c00", RiskLevel.STAGING, null, null, null, null,
                "https://fynn.staging.example", false);
        EnvironmentStore environments = scans.forgetting(new InMemoryEnvironmentStore(
                List.of(InMemoryEnvironmentStore.demo(), PROD, other)));
        scans.save(PROD, snapshot(List.of()));
        scans.save(other, snapshot(List.of()));

        environments.remove(PROD.name());

        assertThat(environments.find(PROD.name())).isEmpty();
        assertThat(scans.fileOf(PROD)).doesNotExist();
        assertThat(scans.load(PROD)).isEmpty();
        assertThat(scans.load(other)).isPresent();
    }

    @Test
    void aScanKeptForAnotherFynnUrlOrUnreadableIsNotShown() throws Exception {
        ReviewScans scans = new ReviewScans(data.resolve("review"));
        scans.save(PROD, snapshot(List.of()));
        Environment moved = new Environment(PROD.id(), PROD.name(), PROD.colour(), PROD.risk(), PROD.derApiUrl(),
                PROD.derTokenUrl(), PROD.derClientId(), PROD.derScope(), "https://fynn.elsewhere.example", true);

        assertThat(scans.load(moved)).isEmpty();
        assertThat(scans.load(PROD.withName("Prod Germany"))).as("renamed, same environment").isPresent();

        Files.write(scans.fileOf(PROD), new byte[] {1, 2, 3});
        assertThat(scans.load(PROD)).isEmpty();
    }

    @Test
    void aScanKeptByTheEarlierJsonVersionIsIgnoredAndRemovedWhenKeptAgainOrForgotten() throws Exception {
        ReviewScans scans = new ReviewScans(data.resolve("review"));
        scans.save(PROD, snapshot(List.of()));
        Path legacy = scans.fileOf(PROD).resolveSibling(scans.fileOf(PROD).getFileName().toString()
                .replace(".scan.gz", ".json.gz"));
        Files.write(legacy, new byte[] {31, -117, 8, 0});
        Files.delete(scans.fileOf(PROD));

        assertThat(scans.load(PROD)).isEmpty();
        scans.save(PROD, snapshot(List.of()));
        assertThat(legacy).as("replaced by the kept scan").doesNotExist();

        Files.write(legacy, new byte[] {31, -117, 8, 0});
        scans.delete(PROD);
        assertThat(legacy).as("forgotten with its environment").doesNotExist();
        assertThat(scans.fileOf(PROD)).doesNotExist();
    }

    @Test
    void aScanWithUnreadSubscriptionsIsNotKept() throws Exception {
        ReviewScans scans = new ReviewScans(data.resolve("review"));

        scans.save(PROD, snapshot(List.of(new ScanFailure("sub_2", "SUB-2", Words.verbatim("HTTP 500")))));

        assertThat(scans.fileOf(PROD)).doesNotExist();
    }

    private static ReviewSnapshot snapshot(List<ScanFailure> failures) {
        Feature seats = new Feature("f1", "Seats", null, FeatureStatus.ACTIVE, FeatureType.QUANTITY, null, "users",
                null, null, null);
        Entitlement first = new Entitlement("e1", new EntitlementSubscriptionItem("i1", "Plan", null, null, null, "sub_1"),
                seats, "25", OffsetDateTime.parse("2026-01-01T00:00:00Z"), OffsetDateTime.parse("2027-01-01T00:00:00Z"),
                true, EntitlementStatus.ACTIVE);
        Entitlement second = new Entitlement("e2", null, null, null, null, null, null, EntitlementStatus.of("paused"));
        return new ReviewSnapshot(AS_OF, 2, List.of(
                new ReviewRow(new ReviewCustomer("c1", "Müller & Söhne GmbH", "CUS-000042"), "sub_1", "SUB-1", first),
                new ReviewRow(new ReviewCustomer(null, "c2", null), "sub_2", null, second)),
                List.of(seats), failures, Duration.ofSeconds(3));
    }
}
