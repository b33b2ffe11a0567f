package app.switchboard.cli;

import app.switchboard.audit.ActivityEntry;
import app.switchboard.audit.ActivityQuery;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code switchboard activity}: the activity log the app and the command line share, oldest first. */
@Command(name = "activity", mixinStandardHelpOptions = true,
        description = "Changes recorded in the activity log (app and command line alike), oldest first. "
                + "Without --env, every environment.")
final class ActivityCommand extends CliCommand {
    static final List<Column<ActivityEntry>> COLUMNS = List.of(
            Column.of("time", "Time", ActivityEntry::time),
            Column.of("environment", "Environment", ActivityEntry::environment),
            Column.of("api", "API", e -> e.api().displayName()),
            Column.of("target", "Target", ActivityEntry::targetName),
            Column.dataOnly("targetId", "Target ID", ActivityEntry::targetId),
            Column.of("item", "Item", ActivityEntry::item),
            Column.of("action", "Action", ActivityEntry::action),
            Column.of("before", "Before", e -> state(e, e.before())),
            Column.of("after", "After", e -> state(e, e.after())),
            Column.of("outcome", "Outcome", e -> e.outcome().kind().name().toLowerCase(java.util.Locale.ROOT)),
            Column.dataOnly("httpStatus", "HTTP", e -> e.outcome().httpStatus()),
            Column.dataOnly("message", "Message", e -> e.outcome().message()),
            Column.of("reason", "Reason", ActivityEntry::reason),
            Column.dataOnly("user", "User", ActivityEntry::user),
            Column.dataOnly("batch", "Batch", ActivityEntry::batch),
            Column.dataOnly("id", "Entry ID", ActivityEntry::id));

    @Mixin
    FormatOption format;

    @Option(names = "--since", paramLabel = "WHEN", description = "From this time on: 7d, 12h, 2026-11-01 or 2026-11-01T09:00:00Z.")
    String since;

    @Option(names = "--target", paramLabel = "TEXT", description = "Part of the target's name or id, or the feature or entitlement.")
    String target;

    ActivityCommand(CliSetup setup) {
        super(setup);
    }

    @Override
    protected int run(CliContext context) {
        ActivityQuery query = ActivityQuery.all().withText(target)
                .between(since == null ? null : TimeArguments.since(since, context.setup().clock().instant()), null);
        if (context.environmentChosen()) {
            query = query.withEnvironment(context.environment().name());
        }
        List<ActivityEntry> entries;
        try (Stream<ActivityEntry> found = context.activityLog().query(query)) {
            entries = found.toList();
        }
        format.print(out(), new Listing<>(COLUMNS, entries));
        return ExitCodes.OK;
    }

    private static String state(ActivityEntry entry, Boolean on) {
        return on == null ? null : entry.api().stateWord(on);
    }
}
