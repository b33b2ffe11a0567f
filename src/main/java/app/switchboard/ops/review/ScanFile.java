package app.switchboard.ops.review;

import app.switchboard.fynn.Entitlement;
import app.switchboard.fynn.EntitlementStatus;
import app.switchboard.fynn.EntitlementSubscriptionItem;
import app.switchboard.fynn.Feature;
import app.switchboard.fynn.SubscriptionItemStatus;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The content of a kept scan, written compactly: the feature catalogue and the features the rows
 * name as JSON (few, and of many shapes), then each customer and subscription item once and the
 * rows as plain fields that point at them. Reading 100,000 rows of JSON, where every row repeats its
 * feature, item and customer, took most of the time of opening a kept scan; rows read back share
 * those objects, as the client's answers would not.
 */
final class ScanFile {
    /** "SWRS" */
    private static final int MAGIC = 0x53575253;
    static final int VERSION = 4;
    /** The version before the rows came in blocks: still read, as one block. */
    private static final int UNBLOCKED = 3;
    /** Rows per block: the blocks of a big scan are read side by side on the machine's cores. */
    static final int BLOCK = 8192;
    private static final TypeReference<List<Feature>> FEATURES = new TypeReference<>() {
    };

    private ScanFile() {
    }

    /**
     * What the file says besides the rows.
     *
     * @param preview where the file's {@link ScanPreview} lies (a view of the bytes read), or null
     *                in a file of the version before it
     */
    record Header(String environment, String fynnUrl, Instant asOf, int subscriptions, long tookMillis, int version,
                  ByteBuffer preview) {
        Header(String environment, String fynnUrl, Instant asOf, int subscriptions, long tookMillis) {
            this(environment, fynnUrl, asOf, subscriptions, tookMillis, VERSION, null);
        }
    }

    /**
     * The header and the preview come first, with their length, so that the preview can be read
     * without the rows; then the rows and what they name.
     */
    static void write(DataOutputStream out, ObjectMapper json, Header header, ReviewSnapshot snapshot) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        ByteArrayOutputStream front = new ByteArrayOutputStream(1 << 16);
        DataOutputStream frontOut = new DataOutputStream(front);
        string(frontOut, header.environment());
        string(frontOut, header.fynnUrl());
        frontOut.writeLong(header.asOf().getEpochSecond());
        frontOut.writeInt(header.asOf().getNano());
        frontOut.writeInt(header.subscriptions());
        frontOut.writeLong(header.tookMillis());
        preview(frontOut, json, ScanPreview.of(snapshot));
        frontOut.flush();
        bytes(out, front.toByteArray());
        body(out, json, snapshot.features(), snapshot.rows());
    }

    private static void preview(DataOutputStream out, ObjectMapper json, ScanPreview preview) throws IOException {
        out.writeInt(preview.rowCount());
        for (int i = 0; i < preview.rowCount(); i++) {
            out.writeByte(preview.flags()[i]);
            instant(out, preview.from()[i]);
            instant(out, preview.until()[i]);
        }
        out.writeInt(preview.firsts().size());
        for (Map.Entry<ReviewQueue, List<ReviewRow>> first : preview.firsts().entrySet()) {
            out.writeByte(first.getKey().ordinal());
            body(out, json, List.of(), first.getValue());
        }
    }

    /** The preview of a file of this version, from its {@link #header}. */
    static ScanPreview preview(Header header, ObjectMapper json) throws IOException {
        ByteBuffer in = header.preview();
        if (in == null) {
            throw new IOException("a kept scan of version " + header.version() + " has no preview");
        }
        int count = count(in);
        if (count > in.remaining() / 3) {
            // each row takes three bytes at least: a damaged count must not ask for gigabytes
            throw new IOException("a kept preview of " + count + " rows in " + in.remaining() + " bytes");
        }
        byte[] flags = new byte[count];
        Instant[] from = new Instant[count];
        Instant[] until = new Instant[count];
        for (int i = 0; i < count; i++) {
            flags[i] = in.get();
            from[i] = instant(in);
            until[i] = instant(in);
        }
        Map<ReviewQueue, List<ReviewRow>> firsts = new java.util.EnumMap<>(ReviewQueue.class);
        for (int lists = count(in); lists > 0; lists--) {
            ReviewQueue queue = pick(ReviewQueue.values(), in.get());
            firsts.put(queue, body(in, json, header).rows());
        }
        if (in.hasRemaining()) {
            throw new IOException("a kept preview with " + in.remaining() + " bytes too many");
        }
        return new ScanPreview(header.asOf(), header.subscriptions(), Duration.ofMillis(header.tookMillis()), flags, from,
                until, firsts);
    }

    private static void instant(DataOutputStream out, Instant time) throws IOException {
        out.writeBoolean(time != null);
        if (time != null) {
            out.writeLong(time.getEpochSecond());
            out.writeInt(time.getNano());
        }
    }

    private static Instant instant(ByteBuffer in) {
        return in.get() == 0 ? null : Instant.ofEpochSecond(in.getLong(), in.getInt());
    }

    /** The catalogue, the features, items and customers the rows name, and the rows in blocks. */
    private static void body(DataOutputStream out, ObjectMapper json, List<Feature> catalogue, List<ReviewRow> rows)
            throws IOException {
        Numbered<Feature> features = new Numbered<>();
        Numbered<EntitlementSubscriptionItem> items = new Numbered<>();
        Numbered<ReviewCustomer> customers = new Numbered<>();
        for (ReviewRow row : rows) {
            features.number(row.entitlement().feature());
            items.number(row.entitlement().subscriptionItem());
            customers.number(row.customer());
        }
        bytes(out, json.writeValueAsBytes(catalogue));
        bytes(out, json.writeValueAsBytes(features.all));
        out.writeInt(items.all.size());
        for (EntitlementSubscriptionItem item : items.all) {
            string(out, item.id());
            string(out, item.name());
            string(out, item.description());
            string(out, item.furtherInformation());
            string(out, item.status() == null ? null : item.status().value());
            string(out, item.subscriptionId());
        }
        out.writeInt(customers.all.size());
        for (ReviewCustomer customer : customers.all) {
            string(out, customer.id());
            string(out, customer.name());
            string(out, customer.number());
        }
        out.writeInt(rows.size());
        ByteArrayOutputStream block = new ByteArrayOutputStream(1 << 16);
        for (int start = 0; start < rows.size(); start += BLOCK) {
            block.reset();
            DataOutputStream blockOut = new DataOutputStream(block);
            for (ReviewRow row : rows.subList(start, Math.min(rows.size(), start + BLOCK))) {
                row(blockOut, row, features, items, customers);
            }
            blockOut.flush();
            bytes(out, block.toByteArray());
        }
    }

    private static void row(DataOutputStream out, ReviewRow row, Numbered<Feature> features,
                            Numbered<EntitlementSubscriptionItem> items, Numbered<ReviewCustomer> customers) throws IOException {
        Entitlement e = row.entitlement();
        out.writeInt(customers.number(row.customer()));
        string(out, row.subscriptionId());
        string(out, row.subscriptionNumber());
        string(out, e.id());
        out.writeInt(items.number(e.subscriptionItem()));
        out.writeInt(features.number(e.feature()));
        string(out, e.value());
        time(out, e.validFrom());
        time(out, e.validUntil());
        out.writeByte(e.active() == null ? 0 : e.active() ? 1 : 2);
        string(out, e.status() == null ? null : e.status().value());
        int[] ranks = row.ranks();
        out.writeByte(ranks.length);
        for (int rank : ranks) {
            out.writeInt(rank);
        }
    }

    /**
     * The header, for the caller to check before the rows are read; null for a file of another
     * version. The file is read from memory: reading it field by field from a stream took longer than
     * making the rows.
     */
    static Header header(ByteBuffer in) throws IOException {
        if (in.remaining() < 8 || in.getInt() != MAGIC) {
            return null;
        }
        int version = in.getInt();
        if (version != VERSION && version != UNBLOCKED) {
            return null;
        }
        ByteBuffer front = in;
        if (version == VERSION) {
            int length = in.getInt();
            checkLength(in, length);
            front = in.slice(in.position(), length);
            in.position(in.position() + length);
        }
        return new Header(string(front), string(front), Instant.ofEpochSecond(front.getLong(), front.getInt()),
                front.getInt(), front.getLong(), version, version == VERSION ? front : null);
    }

    /** The rest of the file, after {@link #header}; a file cut short throws (BufferUnderflowException). */
    static ReviewSnapshot snapshot(ByteBuffer in, ObjectMapper json, Header header) throws IOException {
        Body body = body(in, json, header);
        return new ReviewSnapshot(header.asOf(), header.subscriptions(), body.rows(), body.catalogue(), List.of(),
                Duration.ofMillis(header.tookMillis()));
    }

    private record Body(List<Feature> catalogue, List<ReviewRow> rows) {
    }

    private static Body body(ByteBuffer in, ObjectMapper json, Header header) throws IOException {
        List<Feature> catalogue = json.readValue(bytes(in), FEATURES);
        List<Feature> features = json.readValue(bytes(in), FEATURES);
        EntitlementSubscriptionItem[] items = new EntitlementSubscriptionItem[count(in)];
        for (int i = 0; i < items.length; i++) {
            String id = string(in);
            String name = string(in);
            String description = string(in);
            String further = string(in);
            String status = string(in);
            items[i] = new EntitlementSubscriptionItem(id, name, description, further,
                    status == null ? null : SubscriptionItemStatus.of(status), string(in));
        }
        ReviewCustomer[] customers = new ReviewCustomer[count(in)];
        for (int i = 0; i < customers.length; i++) {
            customers[i] = new ReviewCustomer(string(in), string(in), string(in));
        }
        int count = count(in);
        List<ByteBuffer> blocks = new ArrayList<>();
        if (header.version() == UNBLOCKED) {
            blocks.add(in);
        } else {
            for (int start = 0; start < count; start += BLOCK) {
                int length = in.getInt();
                checkLength(in, length);
                blocks.add(in.slice(in.position(), length));
                in.position(in.position() + length);
            }
        }
        // each block is read by itself: those of a big scan on the common pool beside this thread
        List<List<ReviewRow>> read = java.util.stream.IntStream.range(0, blocks.size()).parallel().mapToObj(b -> {
            int rows = header.version() == UNBLOCKED ? count : Math.min(BLOCK, count - b * BLOCK);
            try {
                return rows(blocks.get(b), rows, features, items, customers);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
        List<ReviewRow> rows = new ArrayList<>(count);
        read.forEach(rows::addAll);
        return new Body(catalogue, rows);
    }

    private static List<ReviewRow> rows(ByteBuffer in, int count, List<Feature> features, EntitlementSubscriptionItem[] items,
                                        ReviewCustomer[] customers) throws IOException {
        Map<String, EntitlementStatus> statuses = new HashMap<>();
        List<ReviewRow> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ReviewCustomer customer = pick(customers, in.getInt());
            String subscriptionId = string(in);
            String subscriptionNumber = string(in);
            String id = string(in);
            EntitlementSubscriptionItem item = pick(items, in.getInt());
            Feature feature = pick(features, in.getInt());
            String value = string(in);
            OffsetDateTime from = time(in);
            OffsetDateTime until = time(in);
            byte active = in.get();
            String status = string(in);
            int[] ranks = new int[Byte.toUnsignedInt(in.get())];
            for (int r = 0; r < ranks.length; r++) {
                ranks[r] = in.getInt();
            }
            Entitlement entitlement = new Entitlement(id, item, feature, value, from, until,
                    active == 0 ? null : active == 1, status == null ? null : statuses.computeIfAbsent(status, EntitlementStatus::of));
            // the ranks were made with the same texts: the snapshot need not rank them again
            rows.add(new ReviewRow(customer, subscriptionId, subscriptionNumber, entitlement).rankedAs(ranks));
        }
        return rows;
    }

    private static <T> T pick(T[] values, int index) throws IOException {
        if (index == -1) {
            return null;
        }
        if (index < 0 || index >= values.length) {
            throw new IOException("a kept row names entry " + index + " of " + values.length);
        }
        return values[index];
    }

    private static <T> T pick(List<T> values, int index) throws IOException {
        if (index == -1) {
            return null;
        }
        if (index < 0 || index >= values.size()) {
            throw new IOException("a kept row names entry " + index + " of " + values.size());
        }
        return values.get(index);
    }

    private static int count(ByteBuffer in) throws IOException {
        int count = in.getInt();
        if (count < 0) {
            throw new IOException("a kept scan with " + count + " entries");
        }
        return count;
    }

    private static void time(DataOutputStream out, OffsetDateTime time) throws IOException {
        out.writeBoolean(time != null);
        if (time != null) {
            out.writeLong(time.toEpochSecond());
            out.writeInt(time.getNano());
            out.writeInt(time.getOffset().getTotalSeconds());
        }
    }

    private static OffsetDateTime time(ByteBuffer in) {
        if (in.get() == 0) {
            return null;
        }
        long seconds = in.getLong();
        int nanos = in.getInt();
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(in.getInt());
        // not OffsetDateTime.ofInstant, which makes the offset's ZoneRules anew for every time
        return OffsetDateTime.of(LocalDateTime.ofEpochSecond(seconds, nanos, offset), offset);
    }

    private static void string(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String string(ByteBuffer in) throws IOException {
        int length = in.getInt();
        if (length == -1) {
            return null;
        }
        checkLength(in, length);
        String text = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return text;
    }

    private static void bytes(DataOutputStream out, byte[] data) throws IOException {
        out.writeInt(data.length);
        out.write(data);
    }

    private static byte[] bytes(ByteBuffer in) throws IOException {
        int length = in.getInt();
        checkLength(in, length);
        byte[] data = new byte[length];
        in.get(data);
        return data;
    }

    private static void checkLength(ByteBuffer in, int length) throws IOException {
        if (length < 0 || length > in.remaining()) {
            throw new IOException("a kept text of " + length + " bytes, " + in.remaining() + " left");
        }
    }

    /** Distinct values (by equality) numbered in the order first seen; null is -1. */
    private static final class Numbered<T> {
        final List<T> all = new ArrayList<>();
        final Map<T, Integer> numbers = new HashMap<>();

        int number(T value) {
            if (value == null) {
                return -1;
            }
            return numbers.computeIfAbsent(Objects.requireNonNull(value), v -> {
                all.add(v);
                return all.size() - 1;
            });
        }
    }
}
