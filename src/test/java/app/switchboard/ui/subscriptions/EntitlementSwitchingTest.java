package app.switchboard.ui.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.fynn.EntitlementStatus;
import app.switchboard.sandbox.FynnModel;
import app.switchboard.ui.common.change.BulkFlow;
import app.switchboard.ui.common.change.BulkFlowModel;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntitlementSwitchingTest extends SandboxListTest {
    @Test
    void switchingAnActiveEntitlementOffAndOnAgainShowsWhatFynnAnswered() {
        FynnModel.Entitlement seeded = first("active", e -> e.validFrom() == null || !e.validFrom().isAfter(now()));
        EntitlementRow row = openRowOf(seeded);
        assertThat(row.isOn()).isTrue();

        list.detail().switchOne(row, false);

        assertThat(row.status()).isEqualTo(EntitlementStatus.DISABLED);
        assertThat(row.isOn()).isFalse();
        assertThat(row.switchingProperty().get()).isFalse();
        assertThat(workspace.store().entitlement(seeded.id()).orElseThrow().enabled()).isFalse();
        assertThat(workspace.questions).hasSize(1).allSatisfy(q -> assertThat(q.dangerous()).isTrue());

        list.detail().switchOne(row, true);

        assertThat(row.status()).isEqualTo(EntitlementStatus.ACTIVE);
        assertThat(row.isOn()).isTrue();
        assertThat(workspace.store().entitlement(seeded.id()).orElseThrow().enabled()).isTrue();
    }

    @Test
    void switchingAFutureDatedEntitlementOffAndOnAgainShowsItPendingNotActive() {
        FynnModel.Entitlement seeded = first("pending", e -> true);
        EntitlementRow row = openRowOf(seeded);
        assertThat(row.isOn()).isTrue();

        list.detail().switchOne(row, false);
        assertThat(row.status()).isEqualTo(EntitlementStatus.DISABLED);
        assertThat(row.isOn()).isFalse();

        list.detail().switchOne(row, true);

        assertThat(row.status()).isEqualTo(EntitlementStatus.PENDING);
        assertThat(row.isOn()).isTrue();
        assertThat(row.entitlement().active()).isFalse();
        assertThat(list.detail().texts().status(row.status())).isEqualTo("Pending");
    }

    @Test
    void bulkSwitchOffChangesEverySelectedEntitlementAndSkipsExpiredOnes() {
        FynnModel.Subscription s = workspace.subscriptionWith(es -> es.stream()
                .filter(e -> workspace.statusOf(e).equals("active")).count() >= 2
                && es.stream().anyMatch(e -> workspace.statusOf(e).equals("expired")));
        opened(s);
        list.detail().includeExpired(true);
        List<EntitlementRow> chosen = list.detail().rows().stream()
                .filter(r -> r.status().equals(EntitlementStatus.ACTIVE) || r.status().equals(EntitlementStatus.EXPIRED))
                .toList();
        long active = chosen.stream().filter(r -> r.status().equals(EntitlementStatus.ACTIVE)).count();

        BulkFlowModel flow = workspace.context.service(BulkFlow.class)
                .model(list.detail().bulkCandidates(chosen), false);
        assertThat(flow.preview().willChange()).hasSize((int) active);
        assertThat(flow.preview().notEligible()).isNotEmpty();
        flow.start();

        assertThat(chosen).allSatisfy(r -> assertThat(r.isOn()).isFalse());
        assertThat(chosen.stream().filter(r -> r.status().equals(EntitlementStatus.DISABLED)).count()).isEqualTo(active);
        assertThat(chosen).filteredOn(r -> r.status().equals(EntitlementStatus.EXPIRED)).isNotEmpty();
    }

    private Instant now() {
        return SandboxWorkspace.CLOCK.instant();
    }

    private FynnModel.Entitlement first(String status, java.util.function.Predicate<FynnModel.Entitlement> also) {
        return workspace.store().subscriptions().stream()
                .flatMap(s -> workspace.store().entitlementsOfSubscription(s).stream())
                .filter(e -> workspace.statusOf(e).equals(status) && also.test(e))
                .findFirst().orElseThrow(() -> new AssertionError("the seed has no " + status + " entitlement like that"));
    }

    private EntitlementRow openRowOf(FynnModel.Entitlement e) {
        FynnModel.Item item = workspace.store().item(e.itemId()).orElseThrow();
        opened(workspace.store().subscription(item.subscriptionId()).orElseThrow());
        return list.detail().row(e.id()).orElseThrow();
    }
}
