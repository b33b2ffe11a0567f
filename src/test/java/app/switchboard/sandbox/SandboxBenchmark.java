package app.switchboard.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;

/**
 * Measures the sandbox: start-up time and heap at scale 1 and 100, and requests per second on
 * loopback for DER entity pages and Fynn status PUTs. Prints figures; asserts nothing.
 * Run: {@code java -cp target/test-classes:target/classes:target/app/lib/* app.switchboard.sandbox.SandboxBenchmark [seconds] [clients]}
 */
public final class SandboxBenchmark {
    private SandboxBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        System.out.printf("cores=%d, maxHeap=%d MB, clients=%d, %d s per measurement%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, clients, seconds);
        for (int scale : new int[] {1, 100}) {
            long heapBefore = usedHeap();
            long start = System.nanoTime();
            try (Sandbox sandbox = Sandbox.start(SandboxConfig.builder().scale(scale).build())) {
                long startMillis = (System.nanoTime() - start) / 1_000_000;
                System.out.printf("scale %d: started in %d ms, heap for data ~%d MB, %d entities, %d subscriptions, %d entitlements%n",
                        scale, startMillis, (usedHeap() - heapBefore) >> 20, sandbox.derStore().entities().size(),
                        sandbox.fynnStore().subscriptions().size(), sandbox.fynnStore().allEntitlements().size());
                measure(sandbox, seconds, clients);
            }
        }
    }

    private static void measure(Sandbox sandbox, int seconds, int clients) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String token = token(http, sandbox);
        List<String> entitlementIds = sandbox.fynnStore().allEntitlements().stream().limit(20_000)
                .map(FynnModel.Entitlement::id).toList();
        int entityCount = sandbox.derStore().entities().size();
        IntFunction<HttpRequest> entityPage = i -> HttpRequest.newBuilder(URI.create(sandbox.derApiUrl()
                + "/v1/entities?pageSize=25" + pageToken(ThreadLocalRandom.current().nextInt(Math.max(1, entityCount - 25)))))
                .header("Authorization", "Bearer " + token).build();
        IntFunction<HttpRequest> statusPut = i -> HttpRequest.newBuilder(URI.create(sandbox.fynnUrl() + "/entitlements/"
                        + entitlementIds.get(ThreadLocalRandom.current().nextInt(entitlementIds.size())) + "/status"))
                .header("Authorization", "Bearer " + sandbox.fynnApiKey()).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"active\":" + (i % 2 == 0) + "}")).build();
        run(http, entityPage, 1, clients);
        run(http, statusPut, 1, clients);
        System.out.printf("  DER entity pages (25 per page): %,.0f requests/s%n", run(http, entityPage, seconds, clients));
        System.out.printf("  Fynn status PUTs:               %,.0f requests/s%n", run(http, statusPut, seconds, clients));
    }

    /** The continuation token the sandbox would issue for {@code offset}: lets clients read random pages. */
    private static String pageToken(int offset) {
        return offset == 0 ? "" : "&continuationToken=" + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("entities:" + offset).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static double run(HttpClient http, IntFunction<HttpRequest> request, int seconds, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Callable<Integer>> work = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            work.add(() -> {
                int done = 0;
                while (System.nanoTime() < end) {
                    HttpResponse<byte[]> answer = http.send(request.apply(done), HttpResponse.BodyHandlers.ofByteArray());
                    if (answer.statusCode() != 200) {
                        throw new IllegalStateException("unexpected " + answer.statusCode());
                    }
                    done++;
                }
                return done;
            });
        }
        long start = System.nanoTime();
        int total = 0;
        try {
            for (Future<Integer> f : pool.invokeAll(work)) {
                total += f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return total / ((System.nanoTime() - start) / 1e9);
    }

    private static String token(HttpClient http, Sandbox sandbox) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(sandbox.derTokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=" + sandbox.clientId()
                        + "&client_secret=" + sandbox.clientSecret())).build(), HttpResponse.BodyHandlers.ofString());
        return SandboxJson.MAPPER.readTree(answer.body()).get("access_token").asText();
    }

    private static long usedHeap() {
        System.gc();
        return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    }
}
