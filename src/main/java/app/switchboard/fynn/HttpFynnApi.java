package app.switchboard.fynn;

import app.switchboard.client.ApiCaller;
import app.switchboard.client.ApiKeyBearer;
import app.switchboard.client.ApiRequest;
import app.switchboard.client.ApiTuning;
import app.switchboard.client.CallScope;
import app.switchboard.client.ErrorWords;
import app.switchboard.client.Json;
import app.switchboard.client.Ids;
import app.switchboard.client.LenientFields;
import app.switchboard.client.NumberedPages;
import app.switchboard.client.PageListener;
import app.switchboard.client.SharedHttp;
import app.switchboard.contract.ContractPaths;
import app.switchboard.credentials.Environment;
import app.switchboard.credentials.SecretStore;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.IntFunction;
import okhttp3.OkHttpClient;

/** {@link FynnApi} over HTTP with the environment's API key as bearer. */
public final class HttpFynnApi implements FynnApi {
    /** The project's copy of the contract: a diagnostic report names a failed request by its operation. */
    private static final ContractPaths CONTRACT = ContractPaths.of(ContractPaths.FYNN);
    public static final String API_NAME = "Fynn";
    /** The largest answer read from Fynn: a page of subscriptions is well under 1 MB (docs/RELIABILITY.md). */
    public static final long MAX_BODY_BYTES = 8L << 20;

    /** Fynn's problem JSON: {@code detail} (else {@code title}) plus each violation as "path: message". */
    static final ErrorWords ERROR_WORDS = HttpFynnApi::readProblem;
    private static final ObjectMapper ERROR_MAPPER = Json.newMapper();

    private final ApiCaller caller;
    private final Executor executor;
    private final int window;

    HttpFynnApi(ApiCaller caller, Executor executor, int window) {
        this.caller = Objects.requireNonNull(caller, "caller");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.window = window;
    }

    /** The API of {@code environment}, with the API key read from {@code secrets} on each call. */
    public static HttpFynnApi forEnvironment(Environment environment, SecretStore secrets, SharedHttp http) {
        return forEnvironment(environment, secrets, http.okHttp(), http.executor(), http.tuning());
    }

    public static HttpFynnApi forEnvironment(Environment environment, SecretStore secrets, OkHttpClient okHttp,
                                             Executor executor, ApiTuning tuning) {
        ApiCaller caller = ApiCaller.builder(okHttp, API_NAME).tuning(tuning).baseUrl(environment.fynnUrl())
                .mapper(LenientFields.mapperFor(API_NAME))
                .maxBodyBytes(MAX_BODY_BYTES)
                .bearer(new ApiKeyBearer(API_NAME, () -> secrets.get(environment.fynnKeyKey())))
                .errorWords(ERROR_WORDS).contract(CONTRACT).build();
        return new HttpFynnApi(caller, executor, tuning.maxInFlight());
    }

    @Override
    public FynnPage<Subscription> subscriptions(SubscriptionQuery query, int page, int limit) {
        SubscriptionQuery q = query == null ? SubscriptionQuery.all() : query;
        ApiRequest request = ApiRequest.get("subscriptions").query("page", page).query("limit", limit)
                .query("search", blankToNull(q.search())).query("status", q.status())
                .query("customer", blankToNull(q.customerId())).query("number", blankToNull(q.number()));
        if (q.orderBy() != null && !q.orderBy().isBlank()) {
            request.query("order[" + q.orderBy() + "]", q.descending() ? "desc" : "asc");
        }
        return caller.send(request, pageOf(Subscription.class));
    }

    @Override
    public List<Subscription> allSubscriptions(SubscriptionQuery query, PageListener<Subscription> listener) {
        return all(n -> subscriptions(query, n, MAX_LIMIT), listener, Subscription::id);
    }

    @Override
    public Subscription subscription(String subscriptionId) {
        return caller.sendFor(subscriptionId, Subscription::id, ApiRequest.get("subscriptions", required(subscriptionId)),
                Subscription.class);
    }

    @Override
    public FynnPage<Customer> customers(CustomerQuery query, int page, int limit) {
        CustomerQuery q = query == null ? CustomerQuery.all() : query;
        return caller.send(ApiRequest.get("customers").query("page", page).query("limit", limit)
                .query("search", blankToNull(q.search())).query("customerNumber", blankToNull(q.customerNumber())),
                pageOf(Customer.class));
    }

    @Override
    public Customer customer(String customerId) {
        return caller.sendFor(customerId, Customer::id, ApiRequest.get("customers", required(customerId)), Customer.class);
    }

    @Override
    public List<Entitlement> entitlements(String subscriptionId, EntitlementStatus status, boolean includeExpired) {
        IntFunction<FynnPage<Entitlement>> pages = entitlementPages(subscriptionId, status, includeExpired);
        return all(pages, PageListener.ignore(), Entitlement::id);
    }

    /** A view loading a subscription with progress: the window opens before page 1 says how many pages follow. */
    @Override
    public List<Entitlement> entitlements(String subscriptionId, EntitlementStatus status, boolean includeExpired,
                                          PageListener<Entitlement> listener) {
        IntFunction<FynnPage<Entitlement>> pages = entitlementPages(subscriptionId, status, includeExpired);
        return NumberedPages.fetchAllAhead(asPage(pages), executor, window,
                listener == null ? PageListener.ignore() : listener, new Ids<>(API_NAME, Entitlement::id));
    }

    private IntFunction<FynnPage<Entitlement>> entitlementPages(String subscriptionId, EntitlementStatus status,
                                                                boolean includeExpired) {
        String id = required(subscriptionId);
        return n -> caller.send(ApiRequest.get("subscriptions", id, "entitlements")
                .query("status", status).query("includeExpired", includeExpired ? "true" : null)
                .query("page", n).query("limit", MAX_LIMIT), pageOf(Entitlement.class));
    }

    @Override
    public List<Entitlement> itemEntitlements(String subscriptionItemId) {
        String id = required(subscriptionItemId);
        return all(n -> caller.send(ApiRequest.get("subscription-items", id, "entitlements")
                .query("page", n).query("limit", MAX_LIMIT), pageOf(Entitlement.class)), PageListener.ignore(), Entitlement::id);
    }

    @Override
    public Entitlement setEntitlementActive(String entitlementId, boolean active) {
        return caller.sendFor(entitlementId, Entitlement::id, ApiRequest.setState("PUT", new EntitlementStatusUpdate(active),
                "entitlements", required(entitlementId), "status"), Entitlement.class);
    }

    @Override
    public List<Feature> features() {
        return all(n -> caller.send(ApiRequest.get("entitlement", "features").query("page", n)
                .query("limit", MAX_LIMIT), pageOf(Feature.class)), PageListener.ignore(), Feature::id);
    }

    @Override
    public Feature feature(String featureId) {
        return caller.sendFor(featureId, Feature::id, ApiRequest.get("entitlement", "features", required(featureId)),
                Feature.class);
    }

    @Override
    public FynnApi within(CallScope scope) {
        return new HttpFynnApi(caller.within(scope), executor, window);
    }

    private <T> List<T> all(IntFunction<FynnPage<T>> fetch, PageListener<T> listener, Function<T, String> idOf) {
        return NumberedPages.fetchAll(asPage(fetch), executor, window,
                listener == null ? PageListener.ignore() : listener, new Ids<>(API_NAME, idOf));
    }

    /** Fynn's page as the pager sees it: its items and its last page, bounded by its own item count, and as announced. */
    private static <T> IntFunction<NumberedPages.Page<T>> asPage(IntFunction<FynnPage<T>> fetch) {
        return n -> {
            FynnPage<T> page = fetch.apply(n);
            return new NumberedPages.Page<>(page.data(), page.lastPage(), page.announcedLastPage());
        };
    }

    private JavaType pageOf(Class<?> item) {
        return caller.mapper().getTypeFactory().constructParametricType(FynnPage.class, item);
    }

    private static String required(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("An id is required");
        }
        return id;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static List<String> readProblem(JsonNode body) {
        Problem problem = ERROR_MAPPER.convertValue(body, Problem.class);
        List<String> words = new ArrayList<>();
        String headline = problem.headline();
        if (headline != null) {
            words.add(headline);
        }
        if (problem.violations() != null) {
            for (ConstraintViolation v : problem.violations()) {
                String line = (v.propertyPath() == null || v.propertyPath().isBlank() ? "" : v.propertyPath() + ": ")
                        + (v.message() == null ? "" : v.message());
                // Fynn's detail often already lists the violations; do not say the same thing twice
                if (!line.isBlank() && (headline == null || !headline.contains(line))) {
                    words.add(line);
                }
            }
        }
        return words;
    }
}
