package app.switchboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.sandbox.ContractClient.Answer;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Walking every page of a list sees every item exactly once, in both APIs. */
class PagingWalkTest {
    private static Sandbox sandbox;
    private static ContractClient client;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(SandboxConfig.builder().seed(7).scale(2)
                .clock(new MutableClock(Instant.parse("2026-05-01T12:00:00Z"))).build());
        client = new ContractClient(sandbox);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void followingDerContinuationTokensVisitsEveryEntityOnce() {
        List<String> seen = new ArrayList<>();
        String path = "/v1/entities?pageSize=37";
        int pages = 0;
        while (path != null) {
            JsonNode page = client.der("GET", path, null).json();
            page.get("data").forEach(e -> seen.add(e.get("id").asText()));
            JsonNode token = page.get("meta").get("continuationToken");
            assertThat(page.get("meta").get("pageSize").asInt()).isEqualTo(37);
            path = token.isNull() ? null : "/v1/entities?pageSize=37&continuationToken=" + token.asText();
            if (token.isNull()) {
                assertThat(page.get("links").get("next").isNull()).as("no next link on the last page").isTrue();
            }
            pages++;
        }
        List<String> expected = sandbox.derStore().entities().stream().map(e -> e.id().toString()).toList();
        assertThat(seen).hasSize(expected.size()).doesNotHaveDuplicates().containsExactlyElementsOf(expected);
        assertThat(pages).isEqualTo((expected.size() + 36) / 37);
    }

    @Test
    void followingTheNextLinkVerbatimWorksToo() {
        int count = 0;
        String next = sandbox.derApiUrl() + "/v1/entities?pageSize=100";
        while (next != null) {
            String pathAndQuery = URI.create(next).getRawPath().substring("/der".length()) + "?" + URI.create(next).getRawQuery();
            JsonNode page = client.der("GET", pathAndQuery, null).json();
            count += page.get("data").size();
            next = page.get("links").get("next").isNull() ? null : page.get("links").get("next").asText();
        }
        assertThat(count).isEqualTo(sandbox.derStore().entities().size());
    }

    @Test
    void walkingFynnSubscriptionPagesVisitsEverySubscriptionOnce() {
        List<String> seen = walkFynn("/subscriptions?limit=100");
        List<String> expected = sandbox.fynnStore().subscriptions().stream().map(FynnModel.Subscription::id).toList();
        assertThat(seen).doesNotHaveDuplicates().containsExactlyElementsOf(expected);
    }

    @Test
    void walkingFynnCustomerPagesVisitsEveryCustomerOnce() {
        List<String> seen = walkFynn("/customers?limit=33");
        assertThat(seen).doesNotHaveDuplicates().hasSize(sandbox.fynnStore().customers().size());
    }

    @Test
    void walkingASubscriptionsEntitlementsInPagesOfTwoSeesThemAll() {
        FynnModel.Subscription s = sandbox.fynnStore().subscriptions().stream()
                .filter(x -> sandbox.fynnStore().entitlementsOfSubscription(x).size() >= 9).findFirst().orElseThrow();
        List<String> seen = walkFynn("/subscriptions/" + s.id() + "/entitlements?includeExpired=true&limit=2");
        List<String> expected = sandbox.fynnStore().entitlementsOfSubscription(s).stream().map(FynnModel.Entitlement::id).toList();
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
    }

    private static List<String> walkFynn(String firstPage) {
        List<String> seen = new ArrayList<>();
        int page = 1;
        int lastPage;
        do {
            Answer answer = client.fynn("GET", firstPage + "&page=" + page, null);
            JsonNode pagination = answer.json().get("meta").get("pagination");
            assertThat(pagination.get("currentPage").asInt()).isEqualTo(page);
            answer.json().get("data").forEach(e -> seen.add(e.get("id").asText()));
            assertThat(pagination.get("pageTotalItems").asInt()).isEqualTo(answer.json().get("data").size());
            lastPage = pagination.get("lastPage").asInt();
            page++;
        } while (page <= lastPage);
        assertThat(client.fynn("GET", firstPage + "&page=" + page, null).json().get("data")).as("past the last page").isEmpty();
        return seen;
    }
}
