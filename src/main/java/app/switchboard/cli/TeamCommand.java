package app.switchboard.cli;

import app.switchboard.credentials.PublishedEnvironment;
import app.switchboard.credentials.SharedEnvironmentStore;
import app.switchboard.credentials.SharedEnvironmentsException;
import app.switchboard.team.TeamLogStatus;
import app.switchboard.team.TeamMode;
import app.switchboard.team.TeamSettings;
import java.time.ZoneId;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code switchboard team}: the team database that the activity log is shipped to (docs/TEAM.md). */
@Command(name = "team", mixinStandardHelpOptions = true,
        description = "The team database (PostgreSQL) that this computer's activity log is shipped to.",
        subcommands = {TeamCommand.Connect.class, TeamCommand.Status.class, TeamCommand.Disconnect.class,
            TeamCommand.Publish.class, TeamCommand.Unpublish.class, TeamCommand.Take.class})
final class TeamCommand {

    @Command(name = "connect", mixinStandardHelpOptions = true,
            description = {"Connect to the team database: checks it, creates or updates its schema, keeps the settings "
                    + "(the password in the secret store) and ships the activity log written so far.",
                "Plain connections only to this computer; anything else needs sslmode=verify-full."})
    static final class Connect extends CliCommand {
        static final class Where {
            @Option(names = "--url", paramLabel = "JDBC_URL", description = "jdbc:postgresql://host:port/database?sslmode=verify-full")
            String url;

            @ArgGroup(exclusive = false)
            Parts parts;
        }

        static final class Parts {
            @Option(names = "--host", required = true, description = "Host name or address.")
            String host;

            @Option(names = "--port", defaultValue = "5432", description = "Port (default ${DEFAULT-VALUE}).")
            int port;

            @Option(names = "--database", required = true, description = "Database name.")
            String database;
        }

        @ArgGroup(exclusive = true, multiplicity = "1")
        Where where;

        @Option(names = "--user", required = true, description = "Database user (role).")
        String user;

        @Option(names = "--desk", description = "This computer's name in the team log (default: the host name).")
        String desk;

        @Option(names = "--password-env", paramLabel = "VARIABLE", description = "Read the password from this environment variable.")
        String passwordVariable;

        @Option(names = "--no-password", description = "Connect without a password (a server on this computer that trusts it).")
        boolean noPassword;

        Connect(CliSetup setup) {
            super(setup);
        }

        @Override
        protected int run(CliContext context) throws Exception {
            TeamSettings settings = where.url != null
                    ? TeamSettings.ofUrl(where.url, user, desk)
                    : TeamSettings.ofHost(where.parts.host, where.parts.port, where.parts.database, user, desk);
            String password = password(context);
            TeamMode team = context.team();
            String version = team.connect(settings, password);
            TeamLogStatus status = team.shipNow();
            out().println("Connected to the team database " + settings.describe() + " as " + user + " (schema version "
                    + version + ").");
            out().println(status.words(ZoneId.systemDefault()).english());
            return ExitCodes.OK;
        }

        private String password(CliContext context) {
            if (noPassword) {
                return null;
            }
            if (passwordVariable != null) {
                String value = context.setup().variables().apply(passwordVariable);
                if (value == null || value.isEmpty()) {
                    throw new UsageException("The environment variable " + passwordVariable + " is not set.");
                }
                return value;
            }
            if (!context.setup().terminal().interactive()) {
                throw new UsageException("No password given: use --password-env VARIABLE (or --no-password).");
            }
            char[] typed = context.setup().terminal().readSecret("Password for " + user + ": ");
            if (typed == null) {
                return null;
            }
            String value = new String(typed);
            java.util.Arrays.fill(typed, '\0');
            return value;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Ship what is waiting and say where the team log stands.")
    static final class Status extends CliCommand {
        Status(CliSetup setup) {
            super(setup);
        }

        @Override
        protected int run(CliContext context) throws Exception {
            TeamMode team = context.team();
            if (team.settings().isEmpty()) {
                out().println(TeamLogStatus.localOnly().words(ZoneId.systemDefault()).english());
                return ExitCodes.OK;
            }
            out().println("Team database: " + team.settings().get().describe() + " as " + team.settings().get().user());
            team.start();
            TeamLogStatus status = team.shipNow();
            out().println(status.words(ZoneId.systemDefault()).english());
            return status.state() == TeamLogStatus.State.UP_TO_DATE ? ExitCodes.OK : ExitCodes.FAILURE;
        }
    }

    @Command(name = "disconnect", mixinStandardHelpOptions = true,
            description = "Stop using the team database: forgets its settings and password. The local activity log stays.")
    static final class Disconnect extends CliCommand {
        Disconnect(CliSetup setup) {
            super(setup);
        }

        @Override
        protected int run(CliContext context) {
            context.team().disconnect();
            out().println("Team database disconnected: the activity log stays on this computer only.");
            return ExitCodes.OK;
        }
    }

    /** The environment named on the command line, as this computer has it after reading the team's. */
    abstract static class OneEnvironment extends CliCommand {
        @Parameters(paramLabel = "ENV", description = "The environment's name.")
        String name;

        OneEnvironment(CliSetup setup) {
            super(setup);
        }

        @Override
        protected int run(CliContext context) throws Exception {
            if (new app.switchboard.team.TeamSettingsStore(context.paths().config()).current().isEmpty()) {
                err().println("No team database is set up on this computer: see 'switchboard team connect'.");
                return ExitCodes.FAILURE;
            }
            context.syncTeamEnvironments();
            String known = context.find(name).name();
            try {
                out().println(act(context.environments(), known));
                return ExitCodes.OK;
            } catch (SharedEnvironmentsException e) {
                err().println("Not done: " + e.words().english());
                return ExitCodes.FAILURE;
            }
        }

        abstract String act(SharedEnvironmentStore store, String environment) throws SharedEnvironmentsException;
    }

    @Command(name = "publish", mixinStandardHelpOptions = true,
            description = {"Publish an environment's definition (URLs, colour, risk, reason and approval policy; never a "
                    + "secret) to the team database, for every console. Needs the admin role there.",
                "When another admin changed it in the team since this computer took it, nothing is published: "
                        + "take the team's version first ('team take ENV')."})
    static final class Publish extends OneEnvironment {
        Publish(CliSetup setup) {
            super(setup);
        }

        @Override
        String act(SharedEnvironmentStore store, String environment) throws SharedEnvironmentsException {
            PublishedEnvironment published = store.publish(environment);
            return "Published " + published.definition().name() + " to the team (revision " + published.revision()
                    + "); each operator adds their own secrets.";
        }
    }

    @Command(name = "unpublish", mixinStandardHelpOptions = true,
            description = "Remove an environment from the team (admin role). This computer keeps it as its own; other "
                    + "consoles keep their copies and secrets and say it was removed from the team.")
    static final class Unpublish extends OneEnvironment {
        Unpublish(CliSetup setup) {
            super(setup);
        }

        @Override
        String act(SharedEnvironmentStore store, String environment) throws SharedEnvironmentsException {
            store.unpublish(environment);
            return "Removed " + environment + " from the team; it stays on this computer as one of its own.";
        }
    }

    @Command(name = "take", mixinStandardHelpOptions = true,
            description = "Replace this computer's edited copy of an environment with the team's current version; "
                    + "the secrets stay.")
    static final class Take extends OneEnvironment {
        Take(CliSetup setup) {
            super(setup);
        }

        @Override
        String act(SharedEnvironmentStore store, String environment) {
            try {
                return "Took the team's version of " + store.takeTeamVersion(environment).name() + ".";
            } catch (java.util.NoSuchElementException | IllegalStateException e) {
                throw new UsageException(e.getMessage());
            }
        }
    }
}
