package app.switchboard.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.switchboard.files.AtomicReplace;
import app.switchboard.files.FlakyMover;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonEnvironmentStoreTest {
    @TempDir
    Path config;

    private final Environment production = new Environment("ACME production", "#c62828", RiskLevel.PRODUCTION,
            "https://api.traxes.io/connect", "https://signin.energy/am/oauth2/realms/root/realms/difesp/access_token",
            "esp_Acme_001", "esp", "https://coreapi.io", true);

    private JsonEnvironmentStore store() {
        return new JsonEnvironmentStore(config.resolve(JsonEnvironmentStore.FILE_NAME));
    }

    @Test
    void demoComesFirstEvenWithNothingSaved() {
        assertThat(store().list()).singleElement().satisfies(demo -> {
            assertThat(demo.name()).isEqualTo("Demo");
            assertThat(demo.isDemo()).isTrue();
            assertThat(DemoEnvironment.isReady(demo)).isFalse();
        });
    }

    @Test
    void savedEnvironmentsSurviveARestartAfterTheDemo() {
        store().save(production);
        Environment staging = new Environment("ACME staging", "#f9a825", RiskLevel.STAGING, "https://x/api",
                "https://x/token", "id", "esp", "https://preview.coreapi.io", false);
        store().save(staging);

        assertThat(store().list()).extracting(Environment::name).containsExactly("Demo", "ACME production", "ACME staging");
        assertThat(store().find("ACME production")).contains(production);
    }

    @Test
    void savingUnderAnExistingNameReplacesIt() {
        store().save(production);
        Environment moved = new Environment("ACME production", "#000000", RiskLevel.PRODUCTION,
                "https://prd.der-connect.eliagroup.eu/api", production.derTokenUrl(), "esp_Acme_002", "esp",
                "https://acme.coreapi.io", true);
        store().save(moved);

        assertThat(store().list()).hasSize(2);
        assertThat(store().find("ACME production")).contains(moved);
    }

    @Test
    void removedEnvironmentIsGone() {
        store().save(production);
        store().remove("ACME production");
        assertThat(store().find("ACME production")).isEmpty();
    }

    @Test
    void demoCannotBeSavedOrRemoved() {
        assertThatThrownBy(() -> store().save(DemoEnvironment.at("http://127.0.0.1:1", "c")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().remove("Demo")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void runningDemoReplacesThePlaceholder() {
        JsonEnvironmentStore store = store();
        store.useDemo(DemoEnvironment.at("http://127.0.0.1:41234/", "demo-client"));

        Environment demo = store.list().get(0);
        assertThat(demo.derApiUrl()).isEqualTo("http://127.0.0.1:41234/der");
        assertThat(demo.derTokenUrl()).isEqualTo("http://127.0.0.1:41234/am/oauth2/realms/root/realms/difesp/access_token");
        assertThat(demo.fynnUrl()).isEqualTo("http://127.0.0.1:41234/fynn");
        assertThat(demo.derClientId()).isEqualTo("demo-client");
        assertThat(DemoEnvironment.isReady(demo)).isTrue();
        assertThat(Files.exists(config.resolve(JsonEnvironmentStore.FILE_NAME))).isFalse();
    }

    @Test
    void damagedFileIsNeverOverwritten() throws Exception {
        Path file = config.resolve(JsonEnvironmentStore.FILE_NAME);
        Files.writeString(file, "{ broken");

        assertThat(store().list()).extracting(Environment::name).containsExactly("Demo");
        assertThatThrownBy(() -> store().save(production)).isInstanceOf(UncheckedIOException.class);
        assertThat(Files.readString(file)).isEqualTo("{ broken");
    }

    @Test
    void anEnvironmentKeepsItsIdThroughEditsRenamesAndRestarts() {
        store().save(production);
        String id = store().find("ACME production").orElseThrow().id();
        Environment renamed = production.withName("ACME prod");

        store().save(renamed);

        assertThat(store().list()).extracting(Environment::name).containsExactly("Demo", "ACME prod");
        assertThat(store().findById(id)).map(Environment::name).contains("ACME prod");
    }

    @Test
    void anEnvironmentRemovedAndAddedAgainUnderTheSameNameGetsANewId() {
        store().save(production);
        store().remove(production.name());
        store().save(new Environment(production.name(), production.colour(), production.risk(), "https://other/api",
                production.derTokenUrl(), production.derClientId(), production.derScope(), production.fynnUrl(), true));

        assertThat(store().find(production.name()).orElseThrow().id()).isNotEqualTo(production.id());
        assertThat(store().findById(production.id())).isEmpty();
    }

    @Test
    void environmentsSavedBeforeIdsGetOneOnceAndKeepIt() throws Exception {
        Path file = config.resolve(JsonEnvironmentStore.FILE_NAME);
        Files.writeString(file, """
                {"version":1,"environments":[
                 {"name":"Old one","colour":"#000000","risk":"TEST","derApiUrl":"https://a/api","requireReason":false},
                 {"name":"Old two","colour":"#000000","risk":"TEST","derApiUrl":"https://b/api","requireReason":false}]}
                """);

        String first = store().find("Old one").orElseThrow().id();
        String again = store().find("Old one").orElseThrow().id();

        assertThat(first).isNotBlank().isEqualTo(again).isNotEqualTo(store().find("Old two").orElseThrow().id());
        assertThat(Files.readString(file)).contains(first);
    }

    @Test
    void theDemoHasTheSameIdAtEveryStart() {
        assertThat(store().list().get(0).id()).isEqualTo(Environment.DEMO_ID);
        assertThat(DemoEnvironment.at("http://127.0.0.1:1", "c").id()).isEqualTo(Environment.DEMO_ID);
    }

    @Test
    void aFileHeldByAnotherProgramIsSavedOnceItLetsGoAndOtherwiseKeptWithAClearMessage() throws Exception {
        FlakyMover held = new FlakyMover(2);
        new JsonEnvironmentStore(config.resolve(JsonEnvironmentStore.FILE_NAME), new AtomicReplace(held, pause -> { }))
                .save(production);
        assertThat(store().find(production.name())).contains(production);
        byte[] before = Files.readAllBytes(config.resolve(JsonEnvironmentStore.FILE_NAME));

        JsonEnvironmentStore alwaysHeld = new JsonEnvironmentStore(config.resolve(JsonEnvironmentStore.FILE_NAME),
                new AtomicReplace(new FlakyMover(Integer.MAX_VALUE), pause -> { }));
        assertThatThrownBy(() -> alwaysHeld.remove(production.name())).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("kept it open through 6 attempts")
                .hasMessageContaining("nothing of it was lost");
        assertThat(Files.readAllBytes(config.resolve(JsonEnvironmentStore.FILE_NAME))).isEqualTo(before);
    }
}
