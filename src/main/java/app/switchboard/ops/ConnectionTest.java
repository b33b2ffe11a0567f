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
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * "Test connection" in Settings: signs in to DER Connect, reads one page of entities, and reads one
 * page of Fynn subscriptions with the stored key, reporting each step in words. Does not retry, so
 * that a broken setting is reported at once. Blocking; run it off the FX thread.
 */
public final class ConnectionTest {
    public static final String DER_SIGN_IN = "DER Connect sign-in";
    public static final String DER_ENTITIES = "DER Connect entities";
    public static final String FYNN_KEY = "Fynn API key";

    private final SharedHttp http;
    private final SecretStore secrets;
    private final ApiTuning tuning;

    public ConnectionTest(SharedHttp http, SecretStore secrets) {
        this(http, secrets, ApiTuning.standard().withRetry(RetryPolicy.none()));
    }

    public ConnectionTest(SharedHttp http, SecretStore secrets, ApiTuning tuning) {
        this.http = Objects.requireNonNull(http, "http");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.tuning = Objects.requireNonNull(tuning, "tuning");
    }

    public ConnectionReport run(Environment environment) {
        return run(environment, new CallScope());
    }

    /** Tests both APIs; cancelling {@code scope} ends the test early. */
    public ConnectionReport run(Environment environment, CallScope scope) {
        List<ConnectionCheck> checks = new ArrayList<>();
        DerConnectApi der = HttpDerConnectApi.forEnvironment(environment, secrets, http.okHttp(), tuning).within(scope);
        try {
            EntityPage page = der.entitiesPage(null, 1);
            checks.add(ok(DER_SIGN_IN, "Token OK"));
            checks.add(ok(DER_ENTITIES, page.data().isEmpty() ? "Reachable; no entities visible to this client"
                    : "Reachable; entities can be read"));
        } catch (ApiException e) {
            if (HttpDerConnectApi.SIGN_IN_NAME.equals(e.api())) {
                checks.add(failed(DER_SIGN_IN, describe(e, "Client secret rejected", "No client secret stored")));
                checks.add(new ConnectionCheck(DER_ENTITIES, ConnectionCheck.Outcome.SKIPPED, "Not tried without a token"));
            } else {
                checks.add(ok(DER_SIGN_IN, "Token OK"));
                checks.add(failed(DER_ENTITIES, describe(e, "Token rejected by the API", "Token rejected by the API")));
            }
        } catch (SecretStoreException e) {
            checks.add(failed(DER_SIGN_IN, "Secret store: " + e.getMessage()));
            checks.add(new ConnectionCheck(DER_ENTITIES, ConnectionCheck.Outcome.SKIPPED, "Not tried without a token"));
        }
        FynnApi fynn = HttpFynnApi.forEnvironment(environment, secrets, http.okHttp(), http.executor(), tuning).within(scope);
        try {
            FynnPage<Subscription> page = fynn.subscriptions(SubscriptionQuery.all(), 1, 1);
            checks.add(ok(FYNN_KEY, "Key OK; " + page.totalItems() + " subscriptions visible"));
        } catch (ApiException e) {
            checks.add(failed(FYNN_KEY, describe(e, "Key rejected", "No API key stored")));
        } catch (SecretStoreException e) {
            checks.add(failed(FYNN_KEY, "Secret store: " + e.getMessage()));
        }
        return new ConnectionReport(environment.name(), checks);
    }

    /** The failure in a few words an operator can act on; the server's own words follow a colon. */
    static String describe(ApiException e, String rejected, String missing) {
        String server = e.serverWords().isEmpty() ? "" : ": " + String.join("; ", e.serverWords());
        String where = e.host() == null ? "" : " " + e.host();
        switch (e.kind()) {
            case UNAUTHORISED:
                return (e.status() == 0 ? missing : rejected) + server;
            case FORBIDDEN:
                return "Not allowed: the credentials lack permission" + server;
            case NOT_FOUND:
                return "Nothing found at " + e.path() + " (HTTP 404): check the URL";
            case NETWORK:
                return networkWords(e, where);
            case TLS:
                return "TLS error talking to" + where + cause(e);
            case TIMEOUT:
                return "No answer from" + where + " in time";
            case INSECURE:
                return "Refused: credentials only travel over https" + server;
            case MALFORMED_RESPONSE:
                return "Unexpected answer (is the URL right?)" + server;
            case SERVER_ERROR:
                return "Server error (HTTP " + e.status() + ")" + server;
            case RATE_LIMITED:
                return "Rate limited; try again shortly" + server;
            case CANCELLED:
                return "Cancelled";
            default:
                return e.kind() == ApiErrorKind.INVALID && e.status() == 0 ? "Setting not valid" + server
                        : "Request refused (HTTP " + e.status() + ")" + server;
        }
    }

    private static String networkWords(ApiException e, String where) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException) {
                return "Unknown host" + where;
            }
            if (t instanceof ConnectException) {
                return "Host unreachable: nothing answers at" + where;
            }
        }
        return "Host unreachable:" + where + cause(e);
    }

    private static String cause(ApiException e) {
        return e.getCause() == null || e.getCause().getMessage() == null ? "" : " (" + e.getCause().getMessage() + ")";
    }

    private static ConnectionCheck ok(String step, String words) {
        return new ConnectionCheck(step, ConnectionCheck.Outcome.OK, words);
    }

    private static ConnectionCheck failed(String step, String words) {
        return new ConnectionCheck(step, ConnectionCheck.Outcome.FAILED, words);
    }
}
