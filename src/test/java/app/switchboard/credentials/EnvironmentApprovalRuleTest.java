package app.switchboard.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The approval rule is an optional, additive field of the environments file. */
class EnvironmentApprovalRuleTest {
    @TempDir
    Path dir;

    @Test
    void anEnvironmentSavedBeforeApprovalsExistedReadsAsNeedingNoApproval() throws Exception {
        Path file = dir.resolve(JsonEnvironmentStore.FILE_NAME);
        Files.writeString(file, """
                {"version": 1, "environments": [{"name": "Prod", "colour": "#c62828", "risk": "PRODUCTION",
                  "derApiUrl": "https://der.example", "derTokenUrl": "https://der.example/token", "derClientId": "c",
                  "derScope": "esp", "fynnUrl": "https://fynn.example", "requireReason": true}]}
                """);

        Environment prod = new JsonEnvironmentStore(file).find("Prod").orElseThrow();

        assertThat(prod.approval()).isEqualTo(ApprovalRule.NONE);
        assertThat(prod.requireReason()).isTrue();
    }

    @Test
    void theRuleSurvivesSavingAndReading() {
        Path file = dir.resolve(JsonEnvironmentStore.FILE_NAME);
        Environment prod = new Environment("Prod", "#c62828", RiskLevel.PRODUCTION, "https://der.example",
                "https://der.example/token", "c", "esp", "https://fynn.example", false).withApproval(ApprovalRule.SWITCHING_OFF);

        new JsonEnvironmentStore(file).save(prod);

        assertThat(new JsonEnvironmentStore(file).find("Prod").orElseThrow().approval()).isEqualTo(ApprovalRule.SWITCHING_OFF);
        assertThat(ApprovalRule.SWITCHING_OFF.covers(false)).isTrue();
        assertThat(ApprovalRule.SWITCHING_OFF.covers(true)).isFalse();
    }
}
