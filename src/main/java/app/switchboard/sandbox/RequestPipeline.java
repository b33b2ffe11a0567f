package app.switchboard.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every request passes here: it gets a request id, API requests get latency and faults, and the
 * answer is written from whichever thread finishes it. Delays are scheduled, never slept, and a
 * hung request is closed after {@code hangMillis} or when the sandbox closes, so no thread waits on it.
 */
final class RequestPipeline implements HttpHandler {
    static final String REQUEST_ID = "X-Request-Id";
    private static final Logger LOG = LoggerFactory.getLogger(RequestPipeline.class);
    private static final String HTML_PAGE = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>"
            + "<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>";

    /** Where a request goes, and how that API spells its own errors. */
    enum Family { DER_TOKEN, DER, FYNN, ADMIN, OPENAPI, UNKNOWN }

    private final DerRoutes der;
    private final FynnRoutes fynn;
    private final AdminRoutes admin;
    private final FaultInjector faults;
    private final Executor workers;
    private final ScheduledExecutorService scheduler;
    private final Set<HttpExchange> hung = ConcurrentHashMap.newKeySet();

    RequestPipeline(DerRoutes der, FynnRoutes fynn, AdminRoutes admin, FaultInjector faults, Executor workers,
                    ScheduledExecutorService scheduler) {
        this.der = der;
        this.fynn = fynn;
        this.admin = admin;
        this.faults = faults;
        this.workers = workers;
        this.scheduler = scheduler;
    }

    static Family familyOf(String path) {
        if (path.equals(DerRoutes.TOKEN_PATH)) {
            return Family.DER_TOKEN;
        }
        if (path.startsWith("/der/")) {
            return Family.DER;
        }
        if (path.startsWith("/fynn/")) {
            return Family.FYNN;
        }
        if (path.startsWith("/admin/")) {
            return Family.ADMIN;
        }
        return path.startsWith("/openapi/") ? Family.OPENAPI : Family.UNKNOWN;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String requestId = UUID.randomUUID().toString();
        exchange.getResponseHeaders().set(REQUEST_ID, requestId);
        byte[] body = exchange.getRequestBody().readAllBytes();
        String path = exchange.getRequestURI().getPath();
        ApiRequest request = new ApiRequest(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
                exchange.getRequestHeaders(), body, requestId);
        Family family = familyOf(path);
        if (family == Family.ADMIN || family == Family.OPENAPI || family == Family.UNKNOWN) {
            write(exchange, answer(request, family));
            return;
        }
        FaultInjector.Decision decision = faults.decide();
        if (decision.delayMs() > 0) {
            scheduler.schedule(() -> runOnWorker(() -> finish(exchange, request, family, decision.fault())),
                    decision.delayMs(), TimeUnit.MILLISECONDS);
        } else {
            finish(exchange, request, family, decision.fault());
        }
    }

    /** Closes every request still held by the hang fault; the sandbox calls it on close. */
    void releaseHung() {
        for (HttpExchange exchange : hung) {
            if (hung.remove(exchange)) {
                exchange.close();
            }
        }
    }

    private void runOnWorker(Runnable task) {
        try {
            workers.execute(task);
        } catch (RejectedExecutionException e) {
            LOG.debug("sandbox closed before a delayed answer was due");
        }
    }

    private void finish(HttpExchange exchange, ApiRequest request, Family family, FaultKind fault) {
        if (fault == null) {
            ApiResponse response = answer(request, family);
            if (family != Family.DER_TOKEN && !request.method().equals("GET") && !request.method().equals("HEAD") && response.status() / 100 == 2) {
                faults.countWrite();
            }
            write(exchange, response);
            return;
        }
        int retryAfter = faults.settings().retryAfterSeconds();
        switch (fault) {
            case HANG -> {
                hung.add(exchange);
                scheduler.schedule(() -> {
                    if (hung.remove(exchange)) {
                        exchange.close();
                    }
                }, faults.settings().hangMillis(), TimeUnit.MILLISECONDS);
            }
            case RESET -> exchange.close();
            case SERVER_ERROR -> write(exchange, error(family, 500, "Internal Server Error", "Something went wrong on our side."));
            case UNAVAILABLE -> write(exchange, error(family, 503, "Service Unavailable",
                    "The service is temporarily unavailable.").withHeader("Retry-After", String.valueOf(retryAfter)));
            case RATE_LIMITED -> write(exchange, ApiResponse.bytes(429, "application/json", new byte[0])
                    .withHeader("Retry-After", String.valueOf(retryAfter)));
            case HTML_ERROR -> write(exchange, ApiResponse.text(502, "text/html; charset=utf-8", HTML_PAGE));
            case TRUNCATED -> write(exchange, answer(request, family).truncated());
        }
    }

    private ApiResponse answer(ApiRequest request, Family family) {
        try {
            return switch (family) {
                case DER_TOKEN -> der.token(request);
                case DER -> der.api(request, request.path().substring("/der".length()));
                case FYNN -> fynn.api(request, request.path().substring("/fynn".length()));
                case ADMIN -> admin.handle(request);
                case OPENAPI -> admin.openApi(request);
                case UNKNOWN -> ApiResponse.text(404, "text/plain; charset=utf-8",
                        "Nothing here. APIs live under /der, /fynn, the token endpoint, /admin and /openapi.");
            };
        } catch (RuntimeException e) {
            LOG.error("sandbox failed on {} {} (request {})", request.method(), request.path(), request.requestId(), e);
            return error(family, 500, "Internal Server Error", "The sandbox failed: " + e.getClass().getSimpleName());
        }
    }

    private static ApiResponse error(Family family, int status, String title, String message) {
        return switch (family) {
            case DER_TOKEN -> DerErrors.oauth(status, status == 500 ? "server_error" : "temporarily_unavailable", message);
            case FYNN -> FynnProblems.of(status, message);
            case DER -> DerErrors.of(status, title.replace(" ", ""), title, message);
            default -> ApiResponse.text(status, "text/plain; charset=utf-8", message);
        };
    }

    private static void write(HttpExchange exchange, ApiResponse response) {
        try {
            exchange.getResponseHeaders().set("Content-Type", response.contentType());
            response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            byte[] body = response.body();
            exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (IOException e) {
            LOG.debug("client went away before its answer was written: {}", e.getMessage());
        } finally {
            exchange.close();
        }
    }
}
