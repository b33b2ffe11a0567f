package app.switchboard.ui.common.notice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NotifierTest {
    @Test
    void theSameNoticeAgainIsShownOnceAsTheNewest() {
        Notifier notifier = new Notifier(Runnable::run);
        Notice missing = Notice.of(Notice.Kind.INFO, "What Demo does not offer", "the entity list");
        Notice other = Notice.of(Notice.Kind.SUCCESS, "Changed", "Fleet car 12 is now on");

        notifier.post(missing);
        notifier.post(other);
        notifier.post(Notice.of(Notice.Kind.INFO, "What Demo does not offer", "the entity list"));

        assertThat(notifier.notices()).containsExactly(missing, other);
    }
}
