package app.switchboard.ops;

import app.switchboard.client.ApiErrorKind;
import app.switchboard.client.ApiException;
import app.switchboard.client.ApiTuning;
import app.switchboard.client.CallScope;
import app.switchboard.client.RetryPolicy;
import app.switchboard.client.SharedHttp;
import app.switchboard.credentials.Environment;
import app.switchboard.credentials.SecretStore;
import app.switchboard.credentials.SecretStoreException;
import app.switchboard.derconnect.DerConnectApi;
import app.switchboard.derconnect.EntityPage;
import app.switchboard.derconnect.HttpDerConnectApi;
import app.switchboard.fynn.FynnApi;
import app.switchboard.fynn.FynnPage;
import app.switchboard.fynn.HttpFynnApi;
import app.switchboard.fynn.Subscription;
import app.switchboard.fynn.SubscriptionQuery;
import app.switchboard.network.TlsProblem;
import app.switchboard.text.Words;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * "Test connection" in Settings: signs in to DER Connect, reads one page of entities, and reads one
 * page of Fynn subscriptions with the stored key, reporting each step in words. Retries only a 429
 * (as every command does), so that a broken setting is reported at once. Blocking; run it off the FX thread.
 */
public final class ConnectionTest {
    private static final ConnectionCheck.Step DER_SIGN_IN = ConnectionCheck.Step.DER_SIGN_IN;
    private static final ConnectionCheck.Step DER_ENTITIES = ConnectionCheck.Step.DER_ENTITIES;
    private static final ConnectionCheck.Step FYNN_KEY = ConnectionCheck.Step.FYNN_KEY;

    private final SharedHttp http;
    private final SecretStore secrets;
    private final ApiTuning tuning;
    /** Null: the inferred reads are not probed (no step for them). */
    private ReadProbe probe;

    /**
     * Tries the inferred DER Connect reads once signed in and records what they answer; the test
     * lists what is missing in words (the console works without them, so it is not a failure).
     */
    @FunctionalInterface
    public interface ReadProbe {
        Map<InferredRead, Availability> probe(String environment, DerConnectApi der);
    }

    public ConnectionTest(SharedHttp http, SecretStore secrets) {
        this(http, secrets, http.tuning().withRetry(RetryPolicy.onlyOnRateLimits()));
    }

    public ConnectionTest(SharedHttp http, SecretStore secrets, ApiTuning tuning) {
        this.http = Objects.requireNonNull(http, "http");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.tuning = Objects.requireNonNull(tuning, "tuning");
    }

    /** This test with the inferred reads probed as well. */
    public ConnectionTest probing(ReadProbe readProbe) {
        this.probe = Objects.requireNonNull(readProbe, "readProbe");
        return this;
    }

    public ConnectionReport run(Environment environment) {
        return run(environment, new CallScope());
    }

    /** Tests both APIs; cancelling {@code scope} ends the test early. */
    public ConnectionReport run(Environment environment, CallScope scope) {
        List<ConnectionCheck> checks = new ArrayList<>();
        HttpDerConnectApi derApi = HttpDerConnectApi.forEnvironment(environment, secrets, http.okHttp(), tuning);
        DerConnectApi der = derApi.within(scope);
        boolean signedIn = false;
        try {
            EntityPage page = der.entitiesPage(null, 1);
            signedIn = true;
            checks.add(ok(DER_SIGN_IN, Words.of("ops.test.tokenOk")));
            checks.add(ok(DER_ENTITIES, Words.of(page.data().isEmpty() ? "ops.test.entitiesNone" : "ops.test.entitiesOk")));
        } catch (ApiException e) {
            if (!HttpDerConnectApi.SIGN_IN_NAME.equals(e.api()) && Availability.ofStatus(e.status()).missing()) {
                // the entity list is inferred, not documented: a server without it still works, without the list
                signedIn = true;
                checks.add(ok(DER_SIGN_IN, Words.of("ops.test.tokenOk")));
                checks.add(failed(DER_ENTITIES, Words.of("ops.test.entitiesNotOffered",
                        describe(e, "ops.test.tokenRejected", "ops.test.tokenRejected"))));
            } else if (HttpDerConnectApi.SIGN_IN_NAME.equals(e.api())) {
                checks.add(failed(DER_SIGN_IN, describe(e, "ops.test.secretRejected", "ops.test.secretMissing")));
                checks.add(notTried());
            } else {
                // the entities call can fail before it asks for a token (an API URL refused as insecure,
                // a cancel): then no sign-in happened and none may be reported as OK
                checks.add(derApi.tokens().fetchCount() == 0
                        ? new ConnectionCheck(DER_SIGN_IN, ConnectionCheck.Outcome.SKIPPED, Words.of("ops.test.signInNotTried"))
                        : ok(DER_SIGN_IN, Words.of("ops.test.tokenOk")));
                checks.add(failed(DER_ENTITIES, describe(e, "ops.test.tokenRejected", "ops.test.tokenRejected")));
            }
        } catch (SecretStoreException e) {
            checks.add(failed(DER_SIGN_IN, secretStore(e)));
            checks.add(notTried());
        }
        if (signedIn && probe != null) {
            checks.add(readsCheck(probe.probe(environment.name(), der)));
        }
        FynnApi fynn = HttpFynnApi.forEnvironment(environment, secrets, http.okHttp(), http.executor(), tuning).within(scope);
        try {
            FynnPage<Subscription> page = fynn.subscriptions(SubscriptionQuery.all(), 1, 1);
            checks.add(ok(FYNN_KEY, page.statedTotal().isPresent() ? Words.of("ops.test.keyOk", page.statedTotal().getAsInt())
                    : Words.of("ops.test.keyOkNoCount")));
        } catch (ApiException e) {
            checks.add(failed(FYNN_KEY, describe(e, "ops.test.keyRejected", "ops.test.keyMissing")));
        } catch (SecretStoreException e) {
            checks.add(failed(FYNN_KEY, secretStore(e)));
        }
        return new ConnectionReport(environment.name(), checks);
    }

    private static ConnectionCheck readsCheck(Map<InferredRead, Availability> reads) {
        List<Words> missing = new ArrayList<>();
        reads.forEach((read, availability) -> {
            if (availability.missing()) {
                missing.add(Words.of("ops.test.readMissing." + availability.name(), read.words(), read.operation()));
            }
        });
        if (reads.isEmpty() || reads.values().stream().allMatch(a -> a == Availability.UNKNOWN)) {
            return new ConnectionCheck(ConnectionCheck.Step.DER_READS, ConnectionCheck.Outcome.SKIPPED, Words.of("ops.test.readsUnknown"));
        }
        if (missing.isEmpty()) {
            return ok(ConnectionCheck.Step.DER_READS, Words.of("ops.test.readsAll"));
        }
        Words listed = missing.get(0);
        for (Words next : missing.subList(1, missing.size())) {
            listed = Words.of("ops.test.readsAnd", listed, next);
        }
        return ok(ConnectionCheck.Step.DER_READS, Words.of("ops.test.readsMissing", listed));
    }

    /** The failure in a few words an operator can act on; the server's own words follow a colon. */
    static Words describe(ApiException e, String rejectedKey, String missingKey) {
        String where = e.host() == null ? "" : e.host();
        Words words = switch (e.kind()) {
            case UNAUTHORISED -> Words.of(e.status() == 0 ? missingKey : rejectedKey);
            case FORBIDDEN -> Words.of("ops.test.forbidden");
            case NOT_FOUND -> Words.of("ops.test.notFound", e.path());
            case NETWORK -> networkWords(e, where);
            case TLS -> Words.of("client.error.advice", Words.of("ops.test.tls", where, cause(e)),
                    Words.of("client.advice.tls." + TlsProblem.of(e.getCause()).name()));
            case TIMEOUT -> Words.of("ops.test.timeout", where);
            case INSECURE -> Words.of("ops.test.insecure");
            case MALFORMED_RESPONSE -> Words.of("ops.test.malformed");
            case SERVER_ERROR -> Words.of("ops.test.serverError", String.valueOf(e.status()));
            case RATE_LIMITED -> Words.of("ops.test.rateLimited");
            case CANCELLED -> Words.of("ops.test.cancelled");
            default -> e.kind() == ApiErrorKind.INVALID && e.status() == 0 ? Words.of("ops.test.settingInvalid")
                    : Words.of("ops.test.refused", String.valueOf(e.status()));
        };
        boolean quotesServer = e.kind() != ApiErrorKind.NOT_FOUND && e.kind() != ApiErrorKind.NETWORK
                && e.kind() != ApiErrorKind.TLS && e.kind() != ApiErrorKind.TIMEOUT && e.kind() != ApiErrorKind.CANCELLED;
        return quotesServer && !e.serverWords().isEmpty()
                ? Words.of("ops.test.serverSaid", words, Words.verbatim(String.join("; ", e.serverWords())))
                : words;
    }

    private static Words networkWords(ApiException e, String where) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException) {
                return Words.of("ops.test.unknownHost", where);
            }
            if (t instanceof ConnectException) {
                return Words.of("ops.test.nothingAnswers", where);
            }
        }
        return Words.of("ops.test.unreachable", where, cause(e));
    }

    /** The low-level cause in brackets, as Java put it (technical, the same in every language). */
    private static Words cause(ApiException e) {
        return Words.verbatim(e.getCause() == null || e.getCause().getMessage() == null ? ""
                : " (" + e.getCause().getMessage() + ")");
    }

    private static Words secretStore(SecretStoreException e) {
        return Words.of("ops.test.secretStore", e.words());
    }

    private static ConnectionCheck notTried() {
        return new ConnectionCheck(DER_ENTITIES, ConnectionCheck.Outcome.SKIPPED, Words.of("ops.test.notTried"));
    }

    private static ConnectionCheck ok(ConnectionCheck.Step step, Words words) {
        return new ConnectionCheck(step, ConnectionCheck.Outcome.OK, words);
    }

    private static ConnectionCheck failed(ConnectionCheck.Step step, Words words) {
        return new ConnectionCheck(step, ConnectionCheck.Outcome.FAILED, words);
    }
}
