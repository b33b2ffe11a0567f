package app.switchboard.approvals;

import app.switchboard.audit.Api;
import app.switchboard.team.TeamDatabase;
import app.switchboard.team.TeamException;
import app.switchboard.text.Words;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Change requests in the team database (tables of migration V100). Each call uses its own short
 * connection; a claim is one {@code UPDATE … WHERE id = (SELECT … FOR UPDATE SKIP LOCKED)}, so of
 * many consoles and schedulers exactly one moves a request from approved to applying.
 */
public final class PostgresChangeRequests implements ChangeRequests {
    static final String CHANNEL = "switchboard_change_requests";
    private static final String COLUMNS = "id, environment, reason, requested_by, requested_at, apply_at, expires_at,"
            + " state, decided_by, decided_at, decision_comment, applied_by";

    /** Long enough for a switch's slowest write with its retries; renewed before each switch. */
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(5);

    private final TeamDatabase database;
    private final Duration lease;
    /** This store's claims: the token that proves a claim is still ours, by request id. */
    private final Map<String, UUID> claims = new ConcurrentHashMap<>();

    public PostgresChangeRequests(TeamDatabase database) {
        this(database, DEFAULT_LEASE);
    }

    /** @param lease how long a claim holds without renewal before another claimant may take the request over */
    public PostgresChangeRequests(TeamDatabase database, Duration lease) {
        this.database = database;
        this.lease = lease;
    }

    @Override
    public String me() {
        return database.settings().user();
    }

    @Override
    public ApprovalRequest submit(NewRequest request) throws RequestException {
        RequestRules.checkNew(request, Instant.now());
        UUID id = UUID.randomUUID();
        return inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into change_request"
                    + " (id, environment, reason, requested_desk, apply_at, expires_at)"
                    + " values (?, ?, ?, ?, ?, coalesce(?, now()) + make_interval(secs => ?))")) {
                insert.setObject(1, id);
                insert.setString(2, request.environment());
                insert.setString(3, request.reason());
                insert.setString(4, database.settings().desk());
                insert.setObject(5, offsetTime(request.applyAt()));
                insert.setObject(6, offsetTime(request.applyAt()), java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
                insert.setDouble(7, request.window().toMillis() / 1000.0);
                insert.executeUpdate();
            }
            try (PreparedStatement item = connection.prepareStatement("insert into change_request_item"
                    + " (request_id, position, api, target_id, item, display_name, seen_on, desired_on)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?)")) {
                int position = 0;
                for (RequestItem i : request.items()) {
                    item.setObject(1, id);
                    item.setInt(2, position++);
                    item.setString(3, i.api().name());
                    item.setString(4, i.targetId());
                    item.setString(5, i.item());
                    item.setString(6, i.displayName());
                    item.setBoolean(7, i.seenOn());
                    item.setBoolean(8, i.desiredOn());
                    item.addBatch();
                }
                item.executeBatch();
            }
            return load(connection, id.toString());
        });
    }

    @Override
    public ApprovalRequest find(String id) throws RequestException {
        return inTransaction(connection -> load(connection, id));
    }

    @Override
    public List<ApprovalRequest> list(boolean pendingOnly) throws RequestException {
        return inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS + " from change_request"
                    + (pendingOnly ? " where state in ('open', 'approved', 'applying')" : "")
                    + " order by requested_at desc limit 500")) {
                return withItems(connection, readRequests(select));
            }
        });
    }

    @Override
    public int openCount() throws RequestException {
        return inTransaction(connection -> {
            try (PreparedStatement count = connection.prepareStatement(
                    "select count(*) from change_request where state = 'open' and expires_at > now()");
                 ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    /** Checks the rules on the row locked for this decision, so two approvers cannot both decide. */
    @Override
    public ApprovalRequest decide(String id, RequestState state, String comment) throws RequestException {
        return inTransaction(connection -> decide(connection, id, state, comment));
    }

    private ApprovalRequest decide(Connection connection, String id, RequestState state, String comment)
            throws SQLException, RequestException {
        ApprovalRequest request = load(connection, id, true);
        Instant now = databaseNow(connection);
        RequestRules.checkDecision(request, state, me(), comment, now);
        try (PreparedStatement update = connection.prepareStatement(
                "update change_request set state = ?, decision_comment = ? where id = ?")) {
            update.setString(1, state.stored());
            update.setString(2, comment == null || comment.isBlank() ? null : comment.strip());
            update.setObject(3, parseId(id));
            update.executeUpdate();
        }
        return load(connection, id);
    }

    @Override
    public ApprovalRequest approveAndClaim(String id, String comment) throws RequestException {
        return inTransaction(connection -> {
            ApprovalRequest approved = decide(connection, id, RequestState.APPROVED, comment);
            if (approved.isScheduled()) {
                return approved;
            }
            UUID token = UUID.randomUUID();
            try (PreparedStatement claim = connection.prepareStatement("update change_request set state = 'applying',"
                    + " claim_token = ?, lease_until = now() + make_interval(secs => ?) where id = ? and state = 'approved'")) {
                claim.setObject(1, token);
                claim.setDouble(2, leaseSeconds());
                claim.setObject(3, parseId(id));
                if (claim.executeUpdate() == 1) {
                    claims.put(approved.id(), token);
                }
            }
            return load(connection, id);
        });
    }

    @Override
    public Optional<ApprovalRequest> claimNextDue(String environment) throws RequestException {
        // SKIP LOCKED: a claimant passes over a row another claimant is taking, and the outer UPDATE
        // re-checks the state (and a lapsed lease) under the row lock, so each claim goes to one claimant
        String claimable = "(state = 'approved' and expires_at > now() and apply_at is not null and apply_at <= now())"
                + " or (state = 'applying' and (lease_until is null or lease_until <= now()))";
        String sql = "update change_request set state = 'applying', claim_token = ?,"
                + " lease_until = now() + make_interval(secs => ?) where id = (select id from change_request"
                + " where environment = ? and (" + claimable + ")"
                + " order by coalesce(apply_at, requested_at), requested_at limit 1 for update skip locked)"
                + " and (" + claimable + ") returning id";
        UUID token = UUID.randomUUID();
        return inTransaction(connection -> {
            try (PreparedStatement claim = connection.prepareStatement(sql)) {
                claim.setObject(1, token);
                claim.setDouble(2, leaseSeconds());
                claim.setString(3, environment);
                try (ResultSet rows = claim.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    String id = rows.getString(1);
                    claims.put(id, token);
                    return Optional.of(load(connection, id));
                }
            }
        });
    }

    @Override
    public void startItem(String id, int index) throws RequestException {
        UUID token = claimOf(id);
        inTransaction(connection -> {
            try (PreparedStatement renew = connection.prepareStatement("update change_request"
                    + " set lease_until = now() + make_interval(secs => ?)"
                    + " where id = ? and state = 'applying' and claim_token = ? and lease_until > now()")) {
                renew.setDouble(1, leaseSeconds());
                renew.setObject(2, parseId(id));
                renew.setObject(3, token);
                if (renew.executeUpdate() != 1) {
                    throw lost(id);
                }
            }
            try (PreparedStatement mark = connection.prepareStatement("update change_request_item"
                    + " set started_at = now() where request_id = ? and position = ? and outcome is null")) {
                mark.setObject(1, parseId(id));
                mark.setInt(2, index);
                if (mark.executeUpdate() != 1) {
                    throw RequestException.notFound(id + " #" + index);
                }
            }
            return null;
        });
    }

    private UUID claimOf(String id) throws RequestException {
        UUID token = claims.get(id);
        if (token == null) {
            throw RequestException.refused("approvals.problem.notClaimed", id);
        }
        return token;
    }

    private RequestException lost(String id) {
        claims.remove(id);
        return RequestException.refused("approvals.problem.claimLost", id);
    }

    private double leaseSeconds() {
        return lease.toMillis() / 1000.0;
    }

    @Override
    public void recordOutcome(String id, int index, ItemOutcome outcome) throws RequestException {
        UUID token = claimOf(id);
        inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("update change_request_item i"
                    + " set outcome = ?, outcome_message = ?, now_on = ?, entry_id = ? where request_id = ? and position = ?"
                    + " and outcome is null and exists (select 1 from change_request r where r.id = i.request_id"
                    + " and r.state = 'applying' and r.claim_token = ?)")) {
                update.setString(1, outcome.kind());
                update.setString(2, outcome.message());
                update.setObject(3, outcome.nowOn());
                update.setString(4, outcome.entryId());
                update.setObject(5, parseId(id));
                update.setInt(6, index);
                update.setObject(7, token);
                if (update.executeUpdate() != 1) {
                    throw lost(id);
                }
            }
            return null;
        });
    }

    @Override
    public ApprovalRequest finish(String id) throws RequestException {
        UUID token = claimOf(id);
        ApprovalRequest finished = inTransaction(connection -> {
            ApprovalRequest request = load(connection, id, true);
            try (PreparedStatement update = connection.prepareStatement(
                    "update change_request set state = ? where id = ? and state = 'applying' and claim_token = ?")) {
                update.setString(1, RequestRules.finalState(request).stored());
                update.setObject(2, parseId(id));
                update.setObject(3, token);
                if (update.executeUpdate() != 1) {
                    throw lost(id);
                }
            }
            return load(connection, id);
        });
        claims.remove(id);
        return finished;
    }

    @Override
    public int expireOverdue() throws RequestException {
        return inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("update change_request set state = 'expired'"
                    + " where state in ('open', 'approved') and expires_at <= now()")) {
                return update.executeUpdate();
            }
        });
    }

    @Override
    public AutoCloseable watch(Runnable onChange) throws RequestException {
        return RequestListener.start(database, CHANNEL, onChange);
    }

    private ApprovalRequest load(Connection connection, String id) throws SQLException, RequestException {
        return load(connection, id, false);
    }

    private ApprovalRequest load(Connection connection, String id, boolean lock) throws SQLException, RequestException {
        try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS
                + " from change_request where id = ?" + (lock ? " for update" : ""))) {
            select.setObject(1, parseId(id));
            List<ApprovalRequest> found = withItems(connection, readRequests(select));
            if (found.isEmpty()) {
                throw RequestException.notFound(id);
            }
            return found.get(0);
        }
    }

    private static List<ApprovalRequest> readRequests(PreparedStatement select) throws SQLException {
        List<ApprovalRequest> requests = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                requests.add(new ApprovalRequest(rows.getString("id"), rows.getString("environment"), List.of(),
                        rows.getString("reason"), rows.getString("requested_by"), instant(rows, "requested_at"),
                        instant(rows, "apply_at"), instant(rows, "expires_at"),
                        RequestState.ofStored(rows.getString("state")), rows.getString("decided_by"),
                        instant(rows, "decided_at"), rows.getString("decision_comment"), rows.getString("applied_by")));
            }
        }
        return requests;
    }

    private static List<ApprovalRequest> withItems(Connection connection, List<ApprovalRequest> requests)
            throws SQLException {
        if (requests.isEmpty()) {
            return requests;
        }
        Map<String, List<RequestItem>> items = new LinkedHashMap<>();
        requests.forEach(r -> items.put(r.id(), new ArrayList<>()));
        try (PreparedStatement select = connection.prepareStatement("select request_id, api, target_id, item,"
                + " display_name, seen_on, desired_on, outcome, outcome_message, now_on, entry_id, finished_at, started_at"
                + " from change_request_item where request_id = any (?) order by request_id, position")) {
            select.setArray(1, connection.createArrayOf("uuid", requests.stream().map(ApprovalRequest::id).toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String outcome = rows.getString("outcome");
                    items.get(rows.getString("request_id")).add(new RequestItem(Api.valueOf(rows.getString("api")),
                            rows.getString("target_id"), rows.getString("item"), rows.getString("display_name"),
                            rows.getBoolean("seen_on"), rows.getBoolean("desired_on"), outcome == null ? null
                            : new ItemOutcome(outcome, rows.getString("outcome_message"),
                            (Boolean) rows.getObject("now_on"), rows.getString("entry_id"), instant(rows, "finished_at")),
                            rows.getTimestamp("started_at") != null));
                }
            }
        }
        return requests.stream().map(r -> r.withItems(items.get(r.id()), r.state())).toList();
    }

    private static Instant databaseNow(Connection connection) throws SQLException {
        try (PreparedStatement now = connection.prepareStatement("select now()"); ResultSet rows = now.executeQuery()) {
            rows.next();
            return rows.getTimestamp(1).toInstant();
        }
    }

    private static UUID parseId(String id) throws RequestException {
        try {
            return UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            throw RequestException.notFound(id);
        }
    }

    private static Instant instant(ResultSet rows, String column) throws SQLException {
        Timestamp value = rows.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static java.time.OffsetDateTime offsetTime(Instant instant) {
        return instant == null ? null : instant.atOffset(java.time.ZoneOffset.UTC);
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException, RequestException;
    }

    /** One transaction on a connection of its own; a lost database becomes an {@code UNAVAILABLE} sentence. */
    private <T> T inTransaction(Work<T> work) throws RequestException {
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RequestException | RuntimeException e) {
                rollbackQuietly(connection);
                throw e;
            }
        } catch (TeamException e) {
            throw new RequestException(RequestException.Kind.UNAVAILABLE, e.words(), e);
        } catch (SQLException e) {
            TeamException explained = database.explain(e);
            RequestException.Kind kind = explained.kind() == TeamException.Kind.OFFLINE
                    ? RequestException.Kind.UNAVAILABLE : RequestException.Kind.REFUSED;
            throw new RequestException(kind, Words.of("approvals.problem.database", explained.words()), e);
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is gone; the transaction ends with it
        }
    }
}
