package app.switchboard.ui.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.fynn.EntitlementStatus;
import app.switchboard.sandbox.FynnModel;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SubscriptionDetailViewModelTest extends SandboxListTest {
    @Test
    void listsEntitlementsGroupedByItemWithoutExpiredOnesUntilAsked() {
        FynnModel.Subscription s = workspace.subscriptionWith(es -> es.stream().anyMatch(e -> expired(e))
                && es.stream().anyMatch(e -> !expired(e)));
        List<FynnModel.Entitlement> all = workspace.store().entitlementsOfSubscription(s);
        SubscriptionDetailViewModel detail = opened(s);

        assertThat(ids(detail)).containsExactlyInAnyOrderElementsOf(
                all.stream().filter(e -> !expired(e)).map(FynnModel.Entitlement::id).toList());
        Map<String, List<String>> byItem = all.stream().filter(e -> !expired(e)).collect(Collectors.groupingBy(
                FynnModel.Entitlement::itemId, Collectors.mapping(FynnModel.Entitlement::id, Collectors.toList())));
        assertThat(detail.groups()).allSatisfy(group -> {
            assertThat(group.rows().stream().map(EntitlementRow::id).toList()).isEqualTo(byItem.get(group.itemId()));
            assertThat(group.name()).isEqualTo(workspace.store().item(group.itemId()).orElseThrow().name());
        });

        detail.includeExpired(true);
        assertThat(ids(detail)).containsExactlyInAnyOrderElementsOf(all.stream().map(FynnModel.Entitlement::id).toList());
    }

    @Test
    void statusFilterAsksFynnForThatStatusOnly() {
        FynnModel.Subscription s = workspace.subscriptionWith(es -> es.stream().anyMatch(e -> is(e, "disabled"))
                && es.stream().anyMatch(e -> is(e, "active")));
        SubscriptionDetailViewModel detail = opened(s);

        detail.filterByStatus(EntitlementStatus.DISABLED);

        assertThat(detail.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.status()).isEqualTo(EntitlementStatus.DISABLED));
        assertThat(ids(detail)).containsExactlyInAnyOrderElementsOf(workspace.store().entitlementsOfSubscription(s)
                .stream().filter(e -> is(e, "disabled")).map(FynnModel.Entitlement::id).toList());
    }

    @Test
    void valuesOfEveryFeatureTypeReadAsTheContractDoes() {
        assertThat(valueOf("sso-login")).isIn("On", "Off");
        assertThat(valueOf("support-level")).isIn("Basic", "Standard", "Premium (24/7)");
        assertThat(valueOf("number-of-users")).isIn("5 users", "10 users", "25 users", "50 users", "Unlimited");
        assertThat(valueOf("api-calls")).matches("[0-9,]+ requests per day \\(allowed 100–1,000,000 requests per day\\)|Unlimited");
    }

    @Test
    void theHeaderSubscriptionIsTheOneOpenedAndClosingEmptiesTheDetail() {
        SubscriptionDetailViewModel detail = opened(workspace.store().subscriptions().get(5));
        assertThat(detail.subscriptionProperty().get().number()).isEqualTo(workspace.store().subscriptions().get(5).number());

        detail.close();
        assertThat(detail.isOpen()).isFalse();
        assertThat(detail.rows()).isEmpty();
    }

    /** How the detail shows the value of some seeded entitlement of the feature. */
    private String valueOf(String featureId) {
        FynnModel.Subscription s = workspace.subscriptionWith(es -> es.stream()
                .anyMatch(e -> e.featureId().equals(featureId) && !expired(e)));
        SubscriptionDetailViewModel detail = opened(s);
        EntitlementRow row = detail.rows().stream()
                .filter(r -> r.entitlement().feature().id().equals(featureId)).findFirst().orElseThrow();
        return detail.texts().value(row.entitlement());
    }

    private boolean expired(FynnModel.Entitlement e) {
        return is(e, "expired");
    }

    private boolean is(FynnModel.Entitlement e, String status) {
        return workspace.statusOf(e).equals(status);
    }

    private static List<String> ids(SubscriptionDetailViewModel detail) {
        return detail.rows().stream().map(EntitlementRow::id).toList();
    }
}
