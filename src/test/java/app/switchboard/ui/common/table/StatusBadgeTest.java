package app.switchboard.ui.common.table;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.audit.OutcomeKind;
import app.switchboard.fynn.EntitlementStatus;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.table.FeatureState;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.framework.junit5.ApplicationExtension;

@ExtendWith(ApplicationExtension.class)
class StatusBadgeTest {
    private final Messages english = Messages.load(Locale.ENGLISH);

    private static String look(StatusBadge badge) {
        return ((FontIcon) badge.getGraphic()).getIconLiteral() + " " + badge.getStyleClass();
    }

    @Test
    void eachFeatureStateSaysItsStatusInWordsWithItsOwnIconAndColour() {
        Set<String> looks = new HashSet<>();
        for (FeatureState state : FeatureState.values()) {
            StatusBadge badge = new StatusBadge();
            badge.showFeature(state, null, english);
            assertThat(badge.getAccessibleText()).isEqualTo(badge.getText()).isNotBlank();
            looks.add(look(badge));
        }
        assertThat(looks).as("never colour alone: icon and colour differ too").hasSize(FeatureState.values().length);
        StatusBadge refused = new StatusBadge();
        refused.showFeature(FeatureState.REFUSED, "battery capacity missing", english);
        assertThat(refused.words()).isEqualTo("Refused: battery capacity missing");
    }

    @Test
    void fynnStatusesDifferAndAnUnknownStatusIsShownAsSentAndNeutral() {
        List<String> words = EntitlementStatus.KNOWN.stream().map(status -> {
            StatusBadge badge = new StatusBadge();
            badge.showEntitlement(status, english);
            return badge.words();
        }).toList();
        assertThat(words).containsExactly("Active", "Pending", "Disabled", "Expired");

        StatusBadge future = new StatusBadge();
        future.showEntitlement(EntitlementStatus.of("paused"), english);
        assertThat(future.words()).isEqualTo("paused");
        assertThat(future.getStyleClass()).contains("badge-neutral").doesNotContain("badge-success");
    }

    @Test
    void reusingABadgeKeepsOnlyTheLatestColourAndGermanWordsComeFromTheBundle() {
        StatusBadge badge = new StatusBadge();
        badge.showOutcome(OutcomeKind.SUCCEEDED, english);
        badge.showOutcome(OutcomeKind.FAILED, Messages.load(Locale.GERMAN));
        assertThat(badge.getStyleClass()).contains("badge-danger").doesNotContain("badge-success");
        assertThat(badge.words()).isEqualTo("Fehlgeschlagen");
    }
}
