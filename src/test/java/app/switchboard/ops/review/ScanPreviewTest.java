package app.switchboard.ops.review;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.credentials.Environment;
import app.switchboard.credentials.RiskLevel;
import app.switchboard.fynn.Entitlement;
import app.switchboard.fynn.EntitlementStatus;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview in front of a kept scan's rows: every queue's size as the rows would give it, at any
 * later time and horizon, and the first rows of the expiring and pending queues; and what is read
 * when the preview or the rows are damaged, or two consoles keep a scan at once.
 */
class ScanPreviewTest {
    private static final Environment PROD = new Environment("Prod DE", "#c62828", RiskLevel.PRODUCTION,
            "https://der.example/api", "https://der.example/token", "switchboard", "esp", "https://fynn.example", true);
    private static final Instant AS_OF = Instant.parse("2026-11-20T08:00:00Z");
    private static final String[] NAMES = {"alpha", "Alpha", "_under", "Zed", "zed", "beta", "ärger", "[x]"};

    @TempDir
    Path data;

    @Test
    void thePreviewGivesEveryQueuesSizeAndFirstRowsAsTheRowsDoAtLaterTimesAndAnyHorizon() throws Exception {
        ReviewScans scans = new ReviewScans(data.resolve("review"));
        scans.save(PROD, snapshot(AS_OF, 3000, 1));
        ScanPreview preview = scans.preview(PROD).orElseThrow();
        ReviewSnapshot rows = scans.load(PROD).orElseThrow();

        assertThat(preview.asOf()).isEqualTo(AS_OF);
        assertThat(preview.rowCount()).isEqualTo(3000);
        for (Duration later : List.of(Duration.ZERO, Duration.ofMinutes(90), Duration.ofDays(2), Duration.ofDays(9))) {
            Instant now = AS_OF.plus(later);
            ReviewQueries queries = new ReviewQueries(Clock.fixed(now, ZoneOffset.UTC));
            for (int days : List.of(0, 1, 7, 30, 365)) {
                for (ReviewQueue queue : ReviewQueue.values()) {
                    String what = queue + " " + later + " within " + days + " days";
                    List<ReviewRow> whole = queries.rows(rows, queue, Duration.ofDays(days));
                    ReviewQueries.Queues glance = preview.queues(queue, Duration.ofDays(days), now);
                    assertThat(glance.sizes()).as(what).isEqualTo(queries.queues(rows, queue, Duration.ofDays(days)).sizes());
                    assertThat(glance.sizes().get(queue)).as(what).isEqualTo(whole.size());
                    assertThat(whole.subList(0, glance.rows().size())).as(what).isEqualTo(glance.rows());
                    if (queue.hasHorizon() && later.compareTo(Duration.ofDays(2)) <= 0) {
                        assertThat(glance.rows()).as(what + ": a screenful or the whole queue")
                                .hasSizeGreaterThanOrEqualTo(Math.min(40, whole.size()));
                    }
                }
            }
        }
    }

    @Test
    void aClockBeforeTheScanGetsTheSizesButNoFirstRows() throws Exception {
        ReviewScans scans = new ReviewScans(data.resolve("review"));
        scans.save(PROD, snapshot(AS_OF, 500, 2));
        Instant before = AS_OF.minus(Duration.ofHours(5));

        ReviewQueries.Queues glance = scans.preview(PROD).orElseThrow().queues(ReviewQueue.EXPIRING, Duration.ofDays(30), before);

        ReviewQueries then = new ReviewQueries(Clock.fixed(before, ZoneOffset.UTC));
        assertThat(glance.sizes()).isEqualTo(then.queues(scans.load(PROD).orElseThrow(), ReviewQueue.EXPIRING,
                Duration.ofDays(30)).sizes());
        assertThat(glance.rows()).as("rows ending between that time and the scan were never kept in front").isEmpty();
    }

    @Test
    void aDamagedPreviewIsIgnoredAndTheRowsStillOpen() throws Exception {
        ReviewScans scans = new ReviewScans(data.resolve("review"));
        ReviewSnapshot scan = snapshot(AS_OF, 400, 3);
        scans.save(PROD, scan);
        ByteBuffer content = ByteBuffer.wrap(unzip(scans.fileOf(PROD)));
        // the preview's row count, right after the header in front: far more rows than are there
        int previewAt = 12 + 4 + PROD.id().getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 4
                + PROD.fynnUrl().length() + 8 + 4 + 4 + 8;
        assertThat(content.getInt(previewAt)).isEqualTo(400);
        content.putInt(previewAt, 2_000_000_000);
        zip(scans.fileOf(PROD), content.array());

        assertThat(scans.preview(PROD)).isEmpty();
        assertThat(scans.load(PROD).orElseThrow().rows()).isEqualTo(scan.rows());
    }

    @Test
    void aKeptScanCutShortKeepsItsPreviewButGivesNoRows() throws Exception {
        ReviewScans scans = new ReviewScans(data.resolve("review"));
        scans.save(PROD, snapshot(AS_OF, 400, 4));
        byte[] content = unzip(scans.fileOf(PROD));
        zip(scans.fileOf(PROD), java.util.Arrays.copyOf(content, content.length - 500));

        assertThat(scans.preview(PROD)).isPresent();
        assertThat(scans.load(PROD)).as("never a part of the rows").isEmpty();
    }

    @Test
    void whileTwoConsolesKeepTheirScansAtOnceAReaderGetsOneWholeScanOrTheOtherNeverAMix() throws Exception {
        ReviewScans first = new ReviewScans(data.resolve("review"));
        ReviewScans second = new ReviewScans(data.resolve("review"));
        ReviewSnapshot one = snapshot(AS_OF, 900, 5);
        ReviewSnapshot other = snapshot(AS_OF.plusSeconds(3600), 700, 6);
        first.save(PROD, one);
        ExecutorService consoles = Executors.newFixedThreadPool(2);
        try {
            Future<?> a = consoles.submit(() -> keep(first, one, 15));
            Future<?> b = consoles.submit(() -> keep(second, other, 15));
            int reads = 0;
            while (!(a.isDone() && b.isDone()) || reads < 5) {
                ScanPreview preview = first.preview(PROD).orElseThrow();
                assertThat(preview.rowCount()).isEqualTo(preview.asOf().equals(AS_OF) ? 900 : 700);
                ReviewSnapshot read = first.load(PROD).orElseThrow();
                assertThat(read.rows()).isEqualTo(read.asOf().equals(AS_OF) ? one.rows() : other.rows());
                reads++;
            }
            a.get();
            b.get();
        } finally {
            consoles.shutdownNow();
        }
    }

    @Test
    void aKeptScanOfTheVersionBeforePreviewsIsStillOpenedWithoutOne() throws Exception {
        ReviewScans scans = new ReviewScans(data.resolve("review"));
        ReviewSnapshot scan = snapshot(AS_OF, ScanFile.BLOCK + 300, 7);
        scans.save(PROD, scan);
        zip(scans.fileOf(PROD), versionThree(ByteBuffer.wrap(unzip(scans.fileOf(PROD)))));

        assertThat(scans.preview(PROD)).isEmpty();
        ReviewSnapshot read = scans.load(PROD).orElseThrow();
        assertThat(read.asOf()).isEqualTo(AS_OF);
        assertThat(read.rows()).isEqualTo(scan.rows());
    }

    /** A file of this version as the version before wrote it: no preview, the rows not in blocks. */
    private static byte[] versionThree(ByteBuffer in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int magic = in.getInt();
        in.getInt();
        int frontLength = in.getInt();
        ByteBuffer header = in.slice(in.position(), frontLength);
        skipText(header);
        skipText(header);
        header.position(header.position() + 8 + 4 + 4 + 8);
        out.writeBytes(ByteBuffer.allocate(8).putInt(magic).putInt(3).array());
        out.write(in.array(), in.position(), header.position());
        in.position(in.position() + frontLength);
        int bodyStart = in.position();
        skipText(in);
        skipText(in);
        for (int items = in.getInt(); items > 0; items--) {
            for (int field = 0; field < 6; field++) {
                skipText(in);
            }
        }
        for (int customers = in.getInt(); customers > 0; customers--) {
            for (int field = 0; field < 3; field++) {
                skipText(in);
            }
        }
        in.getInt();
        out.write(in.array(), bodyStart, in.position() - bodyStart);
        while (in.hasRemaining()) {
            int length = in.getInt();
            out.write(in.array(), in.position(), length);
            in.position(in.position() + length);
        }
        return out.toByteArray();
    }

    private static void skipText(ByteBuffer in) {
        int length = in.getInt();
        in.position(in.position() + Math.max(0, length));
    }

    private static Void keep(ReviewScans scans, ReviewSnapshot scan, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            scans.save(PROD, scan);
        }
        return null;
    }

    /** {@code count} rows with validities spread over days around {@code asOf}, many customers' names alike but for case. */
    static ReviewSnapshot snapshot(Instant asOf, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ReviewRow> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String status = i % 4 == 0 ? "disabled" : i % 7 == 0 ? "pending" : "active";
            OffsetDateTime from = random.nextInt(3) == 0 ? null
                    : OffsetDateTime.ofInstant(asOf.plus(Duration.ofMinutes(random.nextInt(-20_000, 20_000))), ZoneOffset.ofHours(1));
            OffsetDateTime until = random.nextInt(5) == 0 ? null
                    : OffsetDateTime.ofInstant(asOf.plus(Duration.ofMinutes(random.nextInt(-20_000, 60_000))), ZoneOffset.UTC);
            Entitlement entitlement = new Entitlement("ent_" + random.nextInt(2000), null, null, "1", from, until,
                    !status.equals("disabled"), EntitlementStatus.of(status));
            rows.add(new ReviewRow(new ReviewCustomer("c" + i % 97, NAMES[random.nextInt(NAMES.length)] + i % 13, null),
                    "sub_" + i, null, entitlement));
        }
        ReviewRow.rank(rows);
        return new ReviewSnapshot(asOf, count, rows, List.of(), List.of(), Duration.ofSeconds(2));
    }

    private static byte[] unzip(Path file) throws Exception {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }

    private static void zip(Path file, byte[] content) throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(zipped)) {
            out.write(content);
        }
        Files.write(file, zipped.toByteArray());
    }
}
