package app.switchboard.ui.common.session;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

class EnvironmentBannerTest {
    @Test
    void textIsWhiteOnDarkColoursAndBlackOnLightOnes() {
        assertThat(EnvironmentBanner.readableTextOn(Color.web("#c62828"))).isEqualTo("#ffffff");
        assertThat(EnvironmentBanner.readableTextOn(Color.web("#5e35b1"))).isEqualTo("#ffffff");
        assertThat(EnvironmentBanner.readableTextOn(Color.web("#ffd54f"))).isEqualTo("#000000");
    }

    @Test
    void aMissingOrBrokenColourFallsBackToNeutralGrey() {
        assertThat(EnvironmentBanner.colourOf(null)).isEqualTo(Color.web("#546e7a"));
        assertThat(EnvironmentBanner.colourOf("not-a-colour")).isEqualTo(Color.web("#546e7a"));
    }
}
