package app.switchboard.ui.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineLayoutTest {
    private static final Instant TODAY = SandboxWorkspace.CLOCK.instant(); // 2026-11-21T10:15:30Z

    @Test
    void todaysLineSitsWhereTodayFallsBetweenTheEarliestStartAndTheLatestEnd() {
        // 300 days before today to 100 days after: the axis adds 5% (20 days) on each side
        Instant from = TODAY.minus(java.time.Duration.ofDays(300));
        Instant until = TODAY.plus(java.time.Duration.ofDays(100));
        TimelineLayout layout = new TimelineLayout(List.of(new TimelineLayout.Span("a", from, until)), TODAY, 1000);

        double plot = 1000 - TimelineLayout.RIGHT_MARGIN - TimelineLayout.LABEL_WIDTH;
        double expected = TimelineLayout.LABEL_WIDTH + plot * (20 + 300) / 440.0;
        assertThat(layout.todayX()).isCloseTo(expected, within(0.01));
        assertThat(layout.bars().get(0).left()).isCloseTo(TimelineLayout.LABEL_WIDTH + plot * 20 / 440.0, within(0.01));
        assertThat(layout.bars().get(0).right()).isCloseTo(TimelineLayout.LABEL_WIDTH + plot * 420 / 440.0, within(0.01));
    }

    @Test
    void openEndsRunToTheEdgeOfThePlotAndSaySo() {
        Instant from = TODAY.minus(java.time.Duration.ofDays(200));
        TimelineLayout layout = new TimelineLayout(List.of(new TimelineLayout.Span("open", from, null),
                new TimelineLayout.Span("always", null, TODAY.plus(java.time.Duration.ofDays(200)))), TODAY, 800);

        TimelineLayout.Bar open = layout.bars().get(0);
        TimelineLayout.Bar always = layout.bars().get(1);
        assertThat(open.openEnd()).isTrue();
        assertThat(open.openStart()).isFalse();
        assertThat(open.right()).isEqualTo(layout.plotRight());
        assertThat(always.openStart()).isTrue();
        assertThat(always.left()).isEqualTo(layout.plotLeft());
        assertThat(layout.todayX()).isCloseTo((layout.plotLeft() + layout.plotRight()) / 2, within(0.01));
    }

    @Test
    void withoutAnyDatesTodayIsInTheMiddle() {
        TimelineLayout layout = new TimelineLayout(List.of(new TimelineLayout.Span("x", null, null)), TODAY, 600);
        assertThat(layout.todayX()).isCloseTo((layout.plotLeft() + layout.plotRight()) / 2, within(0.01));
    }

    @Test
    void monthTicksAreThinnedToKeepTheirLabelsApart() {
        Instant from = TODAY.minus(java.time.Duration.ofDays(3 * 365));
        TimelineLayout layout = new TimelineLayout(List.of(new TimelineLayout.Span("a", from, TODAY)), TODAY, 900);

        List<TimelineLayout.Tick> ticks = layout.ticks(ZoneOffset.UTC, 70);
        assertThat(ticks).hasSizeGreaterThan(3);
        for (int i = 1; i < ticks.size(); i++) {
            assertThat(ticks.get(i).x() - ticks.get(i - 1).x()).isGreaterThanOrEqualTo(70 * 0.9);
        }
        assertThat(ticks).allSatisfy(t -> assertThat(t.date().getDayOfMonth()).isEqualTo(1));
    }
}
