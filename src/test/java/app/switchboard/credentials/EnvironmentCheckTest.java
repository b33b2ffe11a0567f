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

    @Test
    void namesThatOnlyLookLikeLoopbackAreRefusedForPlainHttp() {
        for (String url : java.util.List.of("http://127.example.com/der", "http://127.0.0.1.nip.io/der",
                "http://localhost.example.com/der", "http://0127.0.0.1/der", "http://[::2]/der")) {
            Environment env = new Environment("Look-alike", "#2e7d32", RiskLevel.TEST, url,
                    "https://signin.example/token", "c", "esp", "https://fynn.example", false);
            assertThat(EnvironmentCheck.problems(env)).as(url).extracting(Words::english).containsExactly(
                    "DER Connect API URL must use https: credentials are never sent unencrypted to another machine");
        }
        Environment loopback = new Environment("Local", "#2e7d32", RiskLevel.TEST, "http://127.1.2.3:8080/der",
                "http://[::1]:8080/token", "c", "esp", "http://LOCALHOST:8080/fynn", false);
        assertThat(EnvironmentCheck.problems(loopback)).isEmpty();
    }
}
