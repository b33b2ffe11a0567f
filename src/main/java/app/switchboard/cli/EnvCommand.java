package app.switchboard.cli;

import app.switchboard.credentials.Environment;
import app.switchboard.credentials.EnvironmentAdder;
import app.switchboard.credentials.EnvironmentCheck;
import app.switchboard.credentials.EnvironmentExistsException;
import app.switchboard.credentials.SharedEnvironmentStore;
import app.switchboard.credentials.TeamEnvironmentsStatus;
import app.switchboard.ops.ConnectionCheck;
import app.switchboard.ops.ConnectionReport;
import app.switchboard.ops.ConnectionTest;
import app.switchboard.ops.OfferedReads;
import app.switchboard.capabilities.CapabilityProbe;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code switchboard env}: the environments the app and the command line share. */
@Command(name = "env", mixinStandardHelpOptions = true,
        description = "Environments (shared with the app). Secrets go to the OS keychain or the encrypted secret file.",
        subcommands = {EnvCommand.ListEnvironments.class, EnvCommand.AddEnvironment.class, EnvCommand.EditEnvironment.class,
            EnvCommand.RemoveEnvironment.class, EnvCommand.TestEnvironment.class})
final class EnvCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the environments; secrets are never shown.")
    static final class ListEnvironments extends CliCommand {
        @Mixin
        FormatOption format;

        ListEnvironments(CliSetup setup) {
            super(setup);
        }

        @Override
        protected int run(CliContext context) {
            List<app.switchboard.text.Words> notTaken = context.syncTeamEnvironments();
            SharedEnvironmentStore store = context.environments();
            String current = context.environment().name();
            format.print(out(), new Listing<>(List.<Column<Environment>>of(
                    Column.of("name", "Name", Environment::name),
                    Column.of("team", "Team", e -> store.origin(e).tag().english()),
                    Column.of("default", "Default", e -> e.name().equals(current)),
                    Column.of("risk", "Risk", e -> e.risk().name().toLowerCase(Locale.ROOT)),
                    Column.of("colour", "Colour", Environment::colour),
                    Column.of("derApiUrl", "DER Connect API", e -> e.isDemo() ? "(built-in sandbox)" : e.derApiUrl()),
                    Column.of("derTokenUrl", "DER token URL", Environment::derTokenUrl),
                    Column.of("derClientId", "DER client id", Environment::derClientId),
                    Column.of("derScope", "Scope", Environment::derScope),
                    Column.of("fynnUrl", "Fynn API", e -> e.isDemo() ? "(built-in sandbox)" : e.fynnUrl()),
                    Column.of("requireReason", "Reason required", Environment::requireReason)),
                    store.list()));
            // the last known team definitions while the database is away: said, not hidden
            store.status().filter(TeamEnvironmentsStatus::cached)
                    .ifPresent(status -> err().println(status.words(java.time.ZoneId.systemDefault()).english()));
            notTaken.forEach(words -> err().println(words.english()));
            for (Environment environment : store.list()) {
                app.switchboard.credentials.EnvironmentOrigin origin = store.origin(environment);
                if (origin.teamHasNewer() || origin.kind() == app.switchboard.credentials.EnvironmentOrigin.Kind.REMOVED_FROM_TEAM) {
                    err().println(environment.name() + ": " + origin.sentence().english());
                }
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add an environment. Secrets come from environment variables, standard input or the terminal.")
    static final class AddEnvironment extends CliCommand {
        @Parameters(paramLabel = "NAME", description = "Unique name, shown in the app's title bar.")
        String name;

        @Mixin
        EnvironmentOptions settings;

        @Mixin
        SecretOptions secretOptions;

        AddEnvironment(CliSetup setup) {
            super(setup);
        }

        @Override
        protected int run(CliContext context) {
            if (context.environments().list().stream().anyMatch(e -> e.name().equalsIgnoreCase(name))) {
                throw exists();
            }
            Environment created = settings.create(name);
            requireValid(created, "The environment " + created.name() + " was not added");
            SecretOptions.Given given = secretOptions.read(context.setup(), true);
            EnvironmentAdder.Added added;
            try {
                added = new EnvironmentAdder(context.environments(), context.secrets())
                        .add(created, given.derSecret(), given.fynnKey());
            } catch (EnvironmentExistsException e) {
                throw exists();
            }
            out().println("Added " + created.name() + " (" + created.risk().name().toLowerCase(Locale.ROOT) + "), "
                    + added.stored() + " secret(s) stored in the "
                    + (added.stored() == 0 ? "secret store." : context.secrets().description() + "."));
            if (added.leftoverUnknown()) {
                err().println("Secrets of an earlier environment called " + created.name() + " may still be in the "
                        + "locked secret file; store this environment's secrets with 'switchboard env edit'.");
            }
            return ExitCodes.OK;
        }

        private UsageException exists() {
            return new UsageException("An environment called " + name + " exists already: use 'switchboard env edit'.");
        }
    }

    @Command(name = "edit", mixinStandardHelpOptions = true,
            description = "Change the given settings of an environment; secrets only when a secret option is given.")
    static final class EditEnvironment extends CliCommand {
        @Parameters(paramLabel = "NAME", description = "The environment to change.")
        String name;

        @Mixin
        EnvironmentOptions settings;

        @Mixin
        SecretOptions secretOptions;

        EditEnvironment(CliSetup setup) {
            super(setup);
        }

        @Override
        protected int run(CliContext context) {
            Environment found = context.find(name);
            if (found.isDemo()) {
                throw new UsageException("The Demo environment is built in and cannot be changed.");
            }
            SecretOptions.Given given = secretOptions.given() ? secretOptions.read(context.setup(), false)
                    : new SecretOptions.Given(null, null);
            Environment changed;
            try {
                // applied to the environment as stored at this moment, so another process's edit of its other settings stays
                changed = context.environments().update(found.id(), settings::applyTo);
            } catch (java.util.NoSuchElementException e) {
                throw new UsageException("The environment " + name + " was removed meanwhile; nothing was saved.");
            }
            int stored = secretOptions.put(changed, given, context.secrets());
            out().println("Saved " + changed.name() + (stored == 0 ? "." : "; " + stored + " secret(s) replaced."));
            return ExitCodes.OK;
        }
    }

    /** Refuses settings that cannot be saved (a plain-http URL to another machine, a missing one) before anything is written. */
    static void requireValid(Environment environment, String notDone) {
        List<app.switchboard.text.Words> problems = EnvironmentCheck.problems(environment);
        if (!problems.isEmpty()) {
            throw new UsageException(notDone + ": " + problems.stream().map(app.switchboard.text.Words::english)
                    .collect(java.util.stream.Collectors.joining("; ")) + ".");
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove an environment and its stored secrets.")
    static final class RemoveEnvironment extends CliCommand {
        @Parameters(paramLabel = "NAME", description = "The environment to remove.")
        String name;

        @Option(names = {"-y", "--yes"}, description = "Remove without asking.")
        boolean yes;

        RemoveEnvironment(CliSetup setup) {
            super(setup);
        }

        @Override
        protected int run(CliContext context) {
            Environment gone = context.find(name);
            if (gone.isDemo()) {
                throw new UsageException("The Demo environment is built in and cannot be removed.");
            }
            if (!yes) {
                Terminal terminal = context.setup().terminal();
                if (!terminal.interactive()) {
                    throw new UsageException("Removing " + gone.name() + " needs --yes (there is no terminal to ask on).");
                }
                String answer = terminal.readLine("Remove the environment " + gone.name() + " and its secrets? [y/N] ");
                if (answer == null || !answer.strip().toLowerCase(Locale.ROOT).startsWith("y")) {
                    err().println("Not removed.");
                    return ExitCodes.FAILURE;
                }
            }
            context.secrets().remove(gone.derSecretKey());
            context.secrets().remove(gone.fynnKeyKey());
            context.environments().remove(gone.name());
            app.switchboard.ops.review.ReviewScans.in(context.paths()).delete(gone);
            out().println("Removed " + gone.name() + " and its secrets.");
            return ExitCodes.OK;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Sign in to DER Connect and read one page from each API, reporting every step.")
    static final class TestEnvironment extends CliCommand {
        @Mixin
        FormatOption format;

        @Parameters(paramLabel = "NAME", arity = "0..1", description = "The environment to test (default: --env's).")
        String name;

        TestEnvironment(CliSetup setup) {
            super(setup);
        }

        @Override
        protected int run(CliContext context) throws Exception {
            if (name != null) {
                common.environment = context.find(name).name();
            }
            Environment target = context.environment();
            if (target.isDemo()) {
                target = context.connection().environment();
            }
            ConnectionReport report = new ConnectionTest(context.http(), context.secrets())
                    .probing((environment, der) -> new CapabilityProbe(OfferedReads.NONE).probe(environment, der, null))
                    .run(target);
            format.print(out(), new Listing<>(List.<Column<ConnectionCheck>>of(
                    Column.of("step", "Step", c -> c.step().words().english()),
                    Column.of("outcome", "Outcome", c -> c.outcome().name().toLowerCase(Locale.ROOT)),
                    Column.of("result", "Result", c -> c.words().english())), report.checks()));
            return report.allOk() ? ExitCodes.OK : ExitCodes.FAILURE;
        }
    }
}
