package app.switchboard.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryEnvironmentStoreTest {
    private final Environment production = new Environment("Production EU", "#c62828", RiskLevel.PRODUCTION,
            "https://der.example/api", "https://der.example/token", "switchboard", "esp", "https://fynn.example", true);

    @Test
    void demoIsListedFirstWhateverTheOrderOfAdding() {
        InMemoryEnvironmentStore store = new InMemoryEnvironmentStore(List.of(production, InMemoryEnvironmentStore.demo()));
        assertThat(store.list()).extracting(Environment::name).containsExactly("Demo", "Production EU");
    }

    @Test
    void savingUnderAnExistingNameReplacesIt() {
        InMemoryEnvironmentStore store = InMemoryEnvironmentStore.withDemo();
        store.save(production);
        Environment moved = new Environment("Production EU", "#b71c1c", RiskLevel.PRODUCTION,
                "https://der2.example/api", null, null, null, null, true);
        store.save(moved);
        assertThat(store.find("Production EU")).contains(moved);
        store.remove("Production EU");
        assertThat(store.list()).hasSize(1);
    }
}
