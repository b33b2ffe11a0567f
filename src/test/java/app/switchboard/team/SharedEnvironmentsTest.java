package app.switchboard.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.switchboard.audit.ActivityLog;
import app.switchboard.credentials.ApprovalRule;
import app.switchboard.credentials.Environment;
import app.switchboard.credentials.EnvironmentOrigin;
import app.switchboard.credentials.InMemorySecretStore;
import app.switchboard.credentials.JsonEnvironmentStore;
import app.switchboard.credentials.PublishedEnvironment;
import app.switchboard.credentials.RiskLevel;
import app.switchboard.credentials.SharedEnvironmentStore;
import app.switchboard.credentials.SharedEnvironmentsException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shared environments (docs/TEAM.md) against a real PostgreSQL: an admin's console publishes, other
 * consoles take the definition and add their own secrets; edits here are kept; the roles decide.
 */
class SharedEnvironmentsTest {
    @RegisterExtension
    static final TeamDatabaseExtension DB = new TeamDatabaseExtension();

    @TempDir
    Path home;

    @BeforeAll
    static void schemaAndRoles() throws Exception {
        TeamSchema.migrate(TeamDatabase.of(DB.settings("setup"), null));
        // the roles and GRANTs exactly as docs/TEAM.md gives them
        DB.execute("do $$ begin if not exists (select from pg_roles where rolname = 'switchboard_operator') then "
                        + "create role switchboard_operator nologin; end if; end $$",
                "grant select on team_environment, team_schema_history to switchboard_operator",
                "do $$ begin if not exists (select from pg_roles where rolname = 'switchboard_env_admin') then "
                        + "create role switchboard_env_admin nologin; end if; end $$",
                "grant select, insert, update on team_environment to switchboard_env_admin",
                "grant select on team_schema_history to switchboard_env_admin",
                "do $$ begin if not exists (select from pg_roles where rolname = 'olga') then "
                        + "create role olga login in role switchboard_operator; end if; end $$",
                "do $$ begin if not exists (select from pg_roles where rolname = 'dora') then "
                        + "create role dora login in role switchboard_env_admin; end if; end $$",
                "do $$ begin if not exists (select from pg_roles where rolname = 'emil') then "
                        + "create role emil login in role switchboard_env_admin; end if; end $$");
    }

    /** One console: its own config folder, environments file and secret store, logged in as {@code user}. */
    private Console console(String user) throws TeamException {
        TeamDatabase database = TeamDatabase.of(TeamSettings.ofHost("127.0.0.1", DB.port(), DB.database(), user, "desk-" + user),
                null);
        return console(user, () -> Optional.of(database));
    }

    private Console console(String user, java.util.function.Supplier<Optional<TeamDatabase>> database) {
        Path config = home.resolve(user + "-" + UUID.randomUUID());
        InMemorySecretStore secrets = new InMemorySecretStore();
        JsonEnvironmentStore local = new JsonEnvironmentStore(config.resolve(JsonEnvironmentStore.FILE_NAME));
        return new Console(new SharedEnvironmentStore(local, config, new TeamEnvironments(database), secrets,
                Clock.systemUTC()), secrets);
    }

    private record Console(SharedEnvironmentStore store, InMemorySecretStore secrets) {
        Environment named(String name) {
            return store.find(name).orElseThrow();
        }

        EnvironmentOrigin origin(String name) {
            return store.origin(named(name));
        }
    }

    private record Pair(Console admin, Console operator) {
    }

    /** dora publishes a production environment called {@code name}; olga's console has read the team's since. */
    private Pair publishedAndTaken(String name) throws Exception {
        Console admin = console("dora");
        admin.store().add(production(name));
        admin.store().publish(name);
        Console operator = console("olga");
        operator.store().sync();
        return new Pair(admin, operator);
    }

    private static Environment production(String name) {
        return new Environment(null, name, "#c62828", RiskLevel.PRODUCTION, "https://der.example.org",
                "https://der.example.org/token", "switchboard-client", "esp", "https://coreapi.io", true,
                ApprovalRule.SWITCHING_OFF);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aPublishedEnvironmentReachesAnotherConsoleMarkedFromTeamAndWorksWithThatOperatorsOwnSecrets() throws Exception {
        String name = unique("Production");
        Console admin = console("dora");
        admin.store().add(production(name));
        PublishedEnvironment published = admin.store().publish(name);
        assertThat(published.revision()).isEqualTo(1);
        assertThat(published.publishedBy()).isEqualTo("dora");
        assertThat(admin.origin(name).kind()).isEqualTo(EnvironmentOrigin.Kind.TEAM);

        Console operator = console("olga");
        assertThat(operator.store().sync()).isEmpty();
        Environment taken = operator.named(name);
        assertThat(taken).isEqualTo(admin.named(name));
        assertThat(taken.approval()).isEqualTo(ApprovalRule.SWITCHING_OFF);
        EnvironmentOrigin origin = operator.origin(name);
        assertThat(origin.kind()).isEqualTo(EnvironmentOrigin.Kind.TEAM);
        assertThat(origin.tag().english()).isEqualTo("from team");
        assertThat(origin.sentence().english()).contains("revision 1").contains("dora");

        // the team's definition plus this operator's own secret is a usable environment
        operator.secrets().put(taken.derSecretKey(), "olgas-own-der-secret");
        assertThat(operator.secrets().get(operator.named(name).derSecretKey())).contains("olgas-own-der-secret");
        assertThat(admin.secrets().get(taken.derSecretKey())).isEmpty();
    }

    @Test
    void aTeamChangeIsTakenByAnUneditedCopyAndATeamRenameTakesTheSecretsAlong() throws Exception {
        String name = unique("Staging");
        Pair both = publishedAndTaken(name);
        Console admin = both.admin();
        Console operator = both.operator();
        String id = operator.named(name).id();
        operator.secrets().put(operator.named(name).fynnKeyKey(), "olgas-fynn-key");

        String renamed = name + "-EU";
        admin.store().update(id, e -> new Environment(e.id(), renamed, "#2e7d32", e.risk(), e.derApiUrl(), e.derTokenUrl(),
                e.derClientId(), e.derScope(), "https://eu.coreapi.io", e.requireReason(), e.approval()));
        assertThat(admin.origin(renamed).kind()).as("changed, not yet published").isEqualTo(EnvironmentOrigin.Kind.EDITED_HERE);
        assertThat(admin.store().publish(renamed).revision()).isEqualTo(2);

        operator.store().sync();
        Environment now = operator.store().findById(id).orElseThrow();
        assertThat(now.name()).isEqualTo(renamed);
        assertThat(now.fynnUrl()).isEqualTo("https://eu.coreapi.io");
        assertThat(operator.origin(renamed).kind()).isEqualTo(EnvironmentOrigin.Kind.TEAM);
        assertThat(operator.origin(renamed).revision()).isEqualTo(2);
        assertThat(operator.secrets().get(now.fynnKeyKey())).contains("olgas-fynn-key");
    }

    @Test
    void savingATeamCopyAsTheSettingsFormDoesWithOnlyItsColourInLowerCaseIsNoEdit() throws Exception {
        String name = unique("Upper");
        Console admin = console("dora");
        admin.store().add(production(name).withColour("#C62828"));
        admin.store().publish(name);
        Console operator = console("olga");
        operator.store().sync();

        // the form's colour picker writes lower case; the operator only stored a secret
        operator.store().save(operator.named(name).withColour("#c62828"));
        assertThat(operator.origin(name).kind()).isEqualTo(EnvironmentOrigin.Kind.TEAM);
        operator.store().save(operator.named(name).withColour("#c62829"));
        assertThat(operator.origin(name).kind()).isEqualTo(EnvironmentOrigin.Kind.EDITED_HERE);
    }

    @Test
    void aCopyEditedHereIsNeverOverwrittenSaysTheTeamHasANewerVersionAndCanTakeIt() throws Exception {
        String name = unique("Live");
        Pair both = publishedAndTaken(name);
        Console admin = both.admin();
        Console operator = both.operator();
        String id = operator.named(name).id();
        Environment edited = operator.store().update(id, e -> new Environment(e.id(), e.name(), "#000000", e.risk(),
                e.derApiUrl(), e.derTokenUrl(), "olgas-client", e.derScope(), e.fynnUrl(), e.requireReason(), e.approval()));
        assertThat(operator.origin(name).kind()).isEqualTo(EnvironmentOrigin.Kind.EDITED_HERE);
        assertThat(operator.origin(name).tag().english()).isEqualTo("edited here");

        admin.store().update(id, e -> new Environment(e.id(), e.name(), "#ff6f00", e.risk(), e.derApiUrl(), e.derTokenUrl(),
                e.derClientId(), e.derScope(), e.fynnUrl(), false, e.approval()));
        admin.store().publish(name);
        operator.store().sync();

        assertThat(operator.named(name)).as("the edit is kept").isEqualTo(edited);
        EnvironmentOrigin origin = operator.origin(name);
        assertThat(origin.teamHasNewer()).isTrue();
        assertThat(origin.tag().english()).isEqualTo("edited here · team has a newer version");
        assertThat(origin.sentence().english()).contains("revision 2 by dora");

        operator.store().takeTeamVersion(name);
        assertThat(operator.named(name)).isEqualTo(admin.named(name));
        assertThat(operator.origin(name).kind()).isEqualTo(EnvironmentOrigin.Kind.TEAM);
    }

    @Test
    void noSecretEverReachesTheTeamDatabase() throws Exception {
        String name = unique("Secretive");
        Console admin = console("dora");
        admin.store().add(production(name));
        admin.secrets().put(admin.named(name).derSecretKey(), "der-secret-4711-do-not-share");
        admin.secrets().put(admin.named(name).fynnKeyKey(), "fynn-key-0815-do-not-share");
        admin.store().publish(name);

        try (Connection c = DB.admin(); Statement sql = c.createStatement();
             ResultSet rows = sql.executeQuery("select string_agg(t::text, ' ') from team_environment t")) {
            rows.next();
            assertThat(rows.getString(1)).contains(name).doesNotContain("der-secret-4711").doesNotContain("fynn-key-0815");
        }
        // and the table refuses a definition with a key named like a secret, whoever writes it
        assertThatThrownBy(() -> DB.execute("insert into team_environment (environment_id, name, definition) "
                + "values ('forged', 'Forged', '{\"clientSecret\": \"x\"}')")).hasMessageContaining("team_environment_no_secrets");
    }

    @Test
    void anOperatorMayReadTheTeamsEnvironmentsButPublishingIsRefusedInWords() throws Exception {
        String name = unique("Ops");
        Console operator = console("olga");
        operator.store().add(production(name));

        assertThatThrownBy(() -> operator.store().publish(name))
                .isInstanceOfSatisfying(SharedEnvironmentsException.class, e -> {
                    assertThat(e.kind()).isEqualTo(SharedEnvironmentsException.Kind.NOT_ALLOWED);
                    assertThat(e.words().english()).startsWith("Only the team's admin can publish or remove environments")
                            .contains("user olga");
                });
        assertThat(operator.origin(name).kind()).isEqualTo(EnvironmentOrigin.Kind.LOCAL);
        try (Connection c = DB.admin(); Statement sql = c.createStatement();
             ResultSet rows = sql.executeQuery("select count(*) from team_environment where name = '" + name + "'")) {
            rows.next();
            assertThat(rows.getInt(1)).isZero();
        }
    }

    @Test
    void ofTwoAdminsPublishingTheSameEnvironmentTheSecondIsToldAndNothingIsOverwritten() throws Exception {
        String name = unique("Shared");
        Console dora = console("dora");
        dora.store().add(production(name));
        dora.store().publish(name);
        Console emil = console("emil");
        emil.store().sync();
        String id = emil.named(name).id();
        dora.store().update(id, e -> new Environment(e.id(), e.name(), "#111111", e.risk(), e.derApiUrl(), e.derTokenUrl(),
                e.derClientId(), e.derScope(), e.fynnUrl(), e.requireReason(), e.approval()));
        emil.store().update(id, e -> new Environment(e.id(), e.name(), "#222222", e.risk(), e.derApiUrl(), e.derTokenUrl(),
                e.derClientId(), e.derScope(), e.fynnUrl(), e.requireReason(), e.approval()));

        assertThat(dora.store().publish(name).revision()).isEqualTo(2);
        assertThatThrownBy(() -> emil.store().publish(name))
                .isInstanceOfSatisfying(SharedEnvironmentsException.class, e -> {
                    assertThat(e.kind()).isEqualTo(SharedEnvironmentsException.Kind.CONFLICT);
                    assertThat(e.words().english()).contains(name + " was changed in the team meanwhile by dora (revision 2)")
                            .contains("nothing was published");
                });
        Console third = console("olga");
        third.store().sync();
        assertThat(third.named(name).colour()).as("dora's publish stands").isEqualTo("#111111");
        assertThat(emil.named(name).colour()).as("emil's edit stays on their computer").isEqualTo("#222222");
    }

    @Test
    void anEnvironmentRemovedFromTheTeamIsSaidAndKeptWithItsSecrets() throws Exception {
        String name = unique("Retired");
        Pair both = publishedAndTaken(name);
        Console admin = both.admin();
        Console operator = both.operator();
        operator.secrets().put(operator.named(name).derSecretKey(), "olgas-secret");

        admin.store().unpublish(name);
        assertThat(admin.origin(name).kind()).as("the admin keeps it as a local one").isEqualTo(EnvironmentOrigin.Kind.LOCAL);
        operator.store().sync();

        assertThat(operator.store().find(name)).isPresent();
        assertThat(operator.secrets().get(operator.named(name).derSecretKey())).contains("olgas-secret");
        EnvironmentOrigin origin = operator.origin(name);
        assertThat(origin.kind()).isEqualTo(EnvironmentOrigin.Kind.REMOVED_FROM_TEAM);
        assertThat(origin.sentence().english()).startsWith("Removed from the team by dora");

        // published again, it is the team's once more
        admin.store().publish(name);
        operator.store().sync();
        assertThat(operator.origin(name).kind()).isEqualTo(EnvironmentOrigin.Kind.TEAM);
    }

    @Test
    void aDatabaseThatGoesAwayLeavesTheLastKnownDefinitionsUsableAndSaysSo() throws Exception {
        String name = unique("Cached");
        Pair both = publishedAndTaken(name);
        Console admin = both.admin();
        Console operator = both.operator();
        assertThat(operator.store().status().orElseThrow().cached()).isFalse();

        DB.goOffline();
        try {
            operator.store().sync();
        } finally {
            DB.comeBack();
        }
        assertThat(operator.store().find(name)).isPresent();
        assertThat(operator.origin(name).kind()).isEqualTo(EnvironmentOrigin.Kind.TEAM);
        var status = operator.store().status().orElseThrow();
        assertThat(status.cached()).isTrue();
        assertThat(status.words(ZoneId.of("UTC")).english()).startsWith("Environments from the team as last read at ")
                .contains("they stay usable").contains("The team database at 127.0.0.1:" + DB.port());

        operator.store().sync();
        assertThat(operator.store().status().orElseThrow().cached()).as("read again once it is back").isFalse();
    }

    @Test
    void aConsoleHearsAPublishLiveAndTakesIt() throws Exception {
        String name = unique("Live-heard");
        Path config = home.resolve("listening");
        TeamMode mode = new TeamMode(new TeamSettingsStore(config), new InMemorySecretStore(),
                new ActivityLog(home.resolve("listening-activity")), new ReplicationMark(home.resolve("listening-data")),
                Clock.systemUTC(), TeamReplicator.Timing.defaults());
        new TeamSettingsStore(config).save(TeamSettings.ofHost("127.0.0.1", DB.port(), DB.database(), "olga", "desk-olga"));
        try (mode) {
            Console listening = console("olga", mode::database);
            mode.changes().onEnvironmentsChanged(() -> listening.store().sync());
            mode.start();
            TeamEntries.await("listening", Duration.ofSeconds(20), mode::listening);

            Console admin = console("dora");
            admin.store().add(production(name));
            admin.store().publish(name);

            TeamEntries.await("the publish was heard and taken", Duration.ofSeconds(10), () -> listening.store().find(name)
                    .map(e -> listening.store().origin(e).kind() == EnvironmentOrigin.Kind.TEAM).orElse(false));
            assertThat(listening.named(name)).isEqualTo(admin.named(name));
        }
    }
}
