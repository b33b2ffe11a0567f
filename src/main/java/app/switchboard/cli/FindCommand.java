package app.switchboard.cli;

import app.switchboard.derconnect.DerConnectApi;
import app.switchboard.find.Findable;
import app.switchboard.find.Finder;
import app.switchboard.find.Found;
import app.switchboard.ops.EnvironmentConnection;
import app.switchboard.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code switchboard find TEXT}: what Ctrl+K finds, for scripts and terminals. DER Connect has no
 * search, so its entities are read and matched here; Fynn is asked with its own search.
 */
@Command(name = "find", mixinStandardHelpOptions = true,
        description = "Find entities, subscriptions, customers and features by name, VIN or serial number, "
                + "subscription or customer number, e-mail address or id.")
final class FindCommand extends CliCommand {
    static final List<Column<Found>> COLUMNS = List.of(
            Column.of("kind", "Kind", found -> found.kind().name().toLowerCase(Locale.ROOT)),
            Column.of("id", "ID", Found::id),
            Column.of("title", "Name", found -> found.item().title()),
            Column.of("detail", "Detail", found -> found.item().detail()),
            Column.of("matched", "Matched", found -> found.matched() == null ? "server search"
                    : found.matched().field().name().toLowerCase(Locale.ROOT) + ": " + found.matched().value()),
            Column.dataOnly("source", "Source", found -> found.source().name().toLowerCase(Locale.ROOT)));

    @Mixin
    FormatOption format;

    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "What to look for; several words are one text.")
    List<String> words;

    FindCommand(CliSetup setup) {
        super(setup);
    }

    @Override
    protected int run(CliContext context) throws Exception {
        String text = String.join(" ", words).strip();
        if (text.isEmpty()) {
            throw new UsageException("Give the text to find.");
        }
        EnvironmentConnection connection = context.connection();
        DerConnectApi der = connection.der();
        List<Words> problems = new ArrayList<>();
        Finder finder = new Finder();
        Progress progress = progress("Reading the entities");
        try {
            // a listing that repeats its pages ends early: said, never passed off as all there is
            List<app.switchboard.derconnect.Entity> all = der.entities(
                    stop -> problems.add(Words.of("find.problem.entities", stop.words()))).toList();
            // an entity without an id names nothing to open (and nothing to sort it by)
            List<Findable> entities = all.stream().filter(e -> e.id() != null && !e.id().isBlank())
                    .map(Findable::entity).toList();
            finder.addLoaded(entities::stream);
            if (entities.size() < all.size()) {
                problems.add(Words.of("find.problem.noId", all.size() - entities.size()));
            }
        } catch (app.switchboard.client.ApiException e) {
            problems.add(Words.of("find.problem.entities", e.words()));
        }
        progress.done();
        List<Found> found = new ArrayList<>(finder.loaded(text));
        Finder.ServerAnswer answer = finder.server(text, der, connection.fynn(),
                found.stream().map(hit -> hit.kind() + ":" + hit.id()).toList());
        found.addAll(answer.found());
        problems.addAll(answer.problems());
        new Output(out(), format.format()).print(new Listing<>(COLUMNS, Finder.grouped(found)));
        problems.forEach(problem -> err().println(problem.english()));
        return problems.isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
