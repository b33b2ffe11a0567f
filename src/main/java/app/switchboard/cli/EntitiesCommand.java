package app.switchboard.cli;

import app.switchboard.client.PagingStop;

import app.switchboard.derconnect.DerConnectApi;
import app.switchboard.derconnect.Entity;
import app.switchboard.derconnect.EntityFeatureStatus;
import app.switchboard.ops.ChangeTarget;
import app.switchboard.ops.DerFeatureGateway;
import app.switchboard.ops.Availability;
import app.switchboard.client.ApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code switchboard entities}: DER Connect entities and their features. */
@Command(name = "entities", mixinStandardHelpOptions = true, description = "DER Connect entities and their features.",
        subcommands = {EntitiesCommand.ListEntities.class, EntitiesCommand.ShowEntity.class, EntitiesCommand.SetFeature.class})
final class EntitiesCommand {

    static final List<Column<Entity>> COLUMNS = List.of(
            Column.of("id", "ID", Entity::id),
            Column.of("type", "Type", e -> e.type() == null ? null : e.type().value()),
            Column.of("name", "Name", Entity::name),
            Column.of("brand", "Brand", Entity::brand),
            Column.of("identifier", "Identifier", Entity::identifier),
            Column.of("online", "Online", Entity::online),
            Column.of("lastSeen", "Last seen", Entity::lastSeen));

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List entities (every page), filtered on this computer.")
    static final class ListEntities extends CliCommand {
        @Mixin
        FormatOption format;

        @Option(names = "--type", paramLabel = "TYPE", description = "Only this type, e.g. EV, ChargePoint, Battery.")
        String type;

        @Option(names = "--online", description = "Only entities that are online.")
        boolean online;

        @Option(names = "--search", paramLabel = "TEXT", description = "Part of the id, name, brand or identifier.")
        String search;

        ListEntities(CliSetup setup) {
            super(setup);
        }

        @Override
        protected int run(CliContext context) throws Exception {
            DerConnectApi der = context.connection().der();
            Progress progress = progress("Loading entities");
            List<Entity> found = new ArrayList<>();
            long[] seen = {0};
            List<PagingStop> stops = new ArrayList<>();
            der.entities(stops::add).forEach(e -> {
                if (++seen[0] % DerConnectApi.DEFAULT_PAGE_SIZE == 0) {
                    progress.count(seen[0]);
                }
                if (matches(e)) {
                    found.add(e);
                }
            });
            progress.done();
            format.print(out(), new Listing<>(COLUMNS, found));
            return completeness(stops.stream().findFirst());
        }

        private boolean matches(Entity e) {
            if (e == null) {
                // a null entry in a page: listed as it came, unless a filter asks for something it cannot have
                return type == null && !online && search == null;
            }
            return (type == null || e.type() != null && e.type().value().equalsIgnoreCase(type))
                    && (!online || Boolean.TRUE.equals(e.online()))
                    && (search == null || contains(e.id()) || contains(e.name()) || contains(e.brand())
                    || contains(e.identifier()));
        }

        private boolean contains(String field) {
            return field != null && field.toLowerCase(Locale.ROOT).contains(search.toLowerCase(Locale.ROOT));
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "One entity and its feature states.")
    static final class ShowEntity extends CliCommand {
        @Mixin
        FormatOption format;

        @Parameters(paramLabel = "ID", description = "The entity's id.")
        String id;

        ShowEntity(CliSetup setup) {
            super(setup);
        }

        @Override
        protected int run(CliContext context) throws Exception {
            DerConnectApi der = context.connection().der();
            Entity entity = der.entity(id);
            Details details = new Details();
            COLUMNS.forEach(c -> details.field(c.key(), c.header(), c.value().apply(entity)));
            details.field("parentId", "Parent", entity.parentId()).field("created", "Created", entity.created());
            details.section("features", new Listing<>(List.<Column<EntityFeatureStatus>>of(
                    Column.of("feature", "Feature", EntityFeatureStatus::feature),
                    Column.of("enabled", "On", EntityFeatureStatus::enabled)), der.features(id)));
            format.print(out(), details);
            return ExitCodes.OK;
        }
    }

    @Command(name = "feature", mixinStandardHelpOptions = true,
            description = "Switch a feature of one entity on or off, through the same confirmation rules and "
                    + "activity log as the app.")
    static final class SetFeature extends CliCommand {
        @Mixin
        ChangeOptions change;

        @Parameters(index = "0", paramLabel = "ID", description = "The entity's id.")
        String id;

        @Parameters(index = "1", paramLabel = "FEATURE", description = "e.g. CaptureChargeSessions.")
        String feature;

        @Parameters(index = "2", paramLabel = "on|off", description = "The state wanted.")
        Switch state;

        SetFeature(CliSetup setup) {
            super(setup);
        }

        @Override
        protected int run(CliContext context) throws Exception {
            DerConnectApi der = context.connection().der();
            // both reads are inferred, not documented: without them the entity is named by its id and the
            // write goes ahead unverified, its answer being the state reported
            Entity entity = unlessNotOffered(() -> der.entity(id), "reading the entity");
            Boolean current = unlessNotOffered(() -> DerFeatureGateway.stateOf(der.features(id), feature).on(),
                    "reading its features");
            ChangeTarget target = entity == null
                    ? ChangeTarget.derFeature(context.connection().environment(), id, feature, null, null, null)
                    : ChangeTarget.derFeature(context.connection().environment(), id, feature, entity.name(),
                    entity.type() == null ? null : entity.type().value(), entity.identifier());
            return ChangeRun.change(context, change, target, current, state.on(), out(), err());
        }

        private <T> T unlessNotOffered(java.util.function.Supplier<T> read, String what) {
            try {
                return read.get();
            } catch (ApiException e) {
                if (!Availability.ofStatus(e.status()).missing()) {
                    throw e;
                }
                err().println("DER Connect answered HTTP " + e.status() + " to " + what + " (" + e.method() + " "
                        + e.path() + "); going on without it.");
                return null;
            }
        }
    }
}
