package app.switchboard.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.text.Words;

import org.junit.jupiter.api.Test;

class EnvironmentCheckTest {
    @Test
    void completeHttpsEnvironmentHasNoProblems() {
        Environment env = new Environment("Prod", "#c62828", RiskLevel.PRODUCTION, "https://api.traxes.io/connect",
                "https://signin.energy/am/oauth2/realms/root/realms/difesp/access_token", "esp_1", "esp",
                "https://coreapi.io", true);
        assertThat(EnvironmentCheck.problems(env)).isEmpty();
    }

    @Test
    void plainHttpToAnotherMachineAndMissingFieldsAreNamed() {
        Environment env = new Environment("Bad", "red", RiskLevel.TEST, "http://api.example.com", "not a url", " ",
                "esp", null, false);
        assertThat(EnvironmentCheck.problems(env)).extracting(Words::english).containsExactly(
                "DER Connect API URL must use https: credentials are never sent unencrypted to another machine",
                "DER Connect token URL is not a valid address",
                "Fynn URL is missing",
                "DER Connect client id is missing",
                "Colour must look like #c62828");
    }

    @Test
    void plainHttpToThisComputerIsAllowedForALocalSandbox() {
        Environment env = new Environment("Local", "#2e7d32", RiskLevel.TEST, "http://127.0.0.1:8080/der",
                "http://localhost:8080/token", "c", "esp", "http://127.0.0.1:8080/fynn", false);
        assertThat(EnvironmentCheck.problems(env)).isEmpty();
    }
}
