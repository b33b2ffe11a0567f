package app.switchboard.find;

import app.switchboard.client.ApiErrorKind;
import app.switchboard.client.ApiException;
import app.switchboard.derconnect.DerConnectApi;
import app.switchboard.fynn.CustomerQuery;
import app.switchboard.fynn.Feature;
import app.switchboard.fynn.FynnApi;
import app.switchboard.fynn.FynnPage;
import app.switchboard.fynn.SubscriptionQuery;
import app.switchboard.text.Words;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.function.Function;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds entities, subscriptions, customers and features in one environment by what a support
 * ticket holds: a name, VIN or serial number, subscription or customer number, e-mail address or
 * id. {@link #loaded} looks through what the console has already read, quickly enough to run on
 * every key; {@link #server} asks the APIs for the rest: Fynn's own {@code search} on subscriptions
 * and customers, an id lookup where an API has no search (DER Connect), and the feature catalogue.
 */
public final class Finder {
    /** Results per kind: enough to pick from, few enough to read. */
    public static final int PER_KIND = 8;
    private static final Pattern ID_LIKE = Pattern.compile("[A-Za-z0-9_-]{8,64}");
    private static final Comparator<Found> ORDER = Comparator.comparing(Found::kind)
            .thenComparingInt(Found::rank)
            .thenComparing(found -> found.item().title(), String.CASE_INSENSITIVE_ORDER);

    private final List<Supplier<Stream<Findable>>> sources = new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * What a view has loaded, offered to the search as it is at the moment of searching (the view's
     * own list, not a copy, so it is always current). Called once per view.
     */
    public void addLoaded(Supplier<Stream<Findable>> source) {
        sources.add(source);
    }

    /**
     * The same for a view's rows: each row's findable item (its values folded for matching) is
     * made once and kept while the row is loaded, so a search over 100,000 rows only compares.
     */
    public <T> void addLoadedRows(Supplier<? extends Collection<T>> rows, Function<T, Findable> item) {
        Map<T, Findable> made = new IdentityHashMap<>();
        sources.add(() -> {
            Collection<T> now = rows.get();
            if (made.size() > 2 * now.size() + 1000) {
                made.clear(); // rows of an earlier load or environment
            }
            return now.stream().map(row -> made.computeIfAbsent(row, item));
        });
    }

    /** Matches among what the views have loaded, grouped by kind, best first, {@link #PER_KIND} each. */
    public List<Found> loaded(String text) {
        Matcher matcher = new Matcher(text);
        if (matcher.isBlank()) {
            return List.of();
        }
        List<Found> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Supplier<Stream<Findable>> source : sources) {
            // an item without an id names nothing to open (nor to sort by); checked on hits only
            source.get().forEach(item -> matcher.match(item, Found.Source.LOADED)
                    .filter(hit -> item.id() != null && !item.id().isBlank() && seen.add(item.kind() + ":" + item.id()))
                    .ifPresent(found::add));
        }
        return grouped(found);
    }

    /** What the server found, and what it could not search, in words. */
    public record ServerAnswer(List<Found> found, List<Words> problems) {
    }

    /**
     * Asks the APIs (blocking; call it off the FX thread) for what {@code alreadyFound} (kind:id)
     * does not hold. A failing API does not hide what the other one found: its failure is said.
     */
    public ServerAnswer server(String text, DerConnectApi der, FynnApi fynn, Collection<String> alreadyFound) {
        Matcher matcher = new Matcher(text);
        String term = text.strip();
        List<Found> found = new ArrayList<>();
        List<Words> problems = new ArrayList<>();
        if (matcher.isBlank()) {
            return new ServerAnswer(List.of(), List.of());
        }
        Set<String> seen = new HashSet<>(alreadyFound);
        int[] withoutId = {0};
        java.util.function.Consumer<Findable> add = item -> {
            if (item.id() == null || item.id().isBlank()) {
                withoutId[0]++; // nothing could open it, and it has no name to sort by
                return;
            }
            matcher.match(item, Found.Source.SERVER)
                // the server's search looks at more than the item carries (a subscription's customer):
                // found, but by no value the console can point at
                .or(() -> Optional.of(new Found(item, null, Found.Source.SERVER, Matcher.INSIDE + 1)))
                .filter(hit -> seen.add(item.kind() + ":" + item.id()))
                .ifPresent(found::add);
        };
        if (fynn != null) {
            ask(problems, "find.problem.subscriptions", () -> fynn.subscriptions(SubscriptionQuery.all().withSearch(term), 1,
                    PER_KIND).data().stream().filter(Objects::nonNull).forEach(s -> add.accept(Findable.subscription(s,
                    s.customer() == null || s.customer().isIdOnly() ? null : s.customer().displayName()))));
            ask(problems, "find.problem.customers", () -> customers(fynn, term).stream().filter(Objects::nonNull)
                    .forEach(c -> add.accept(Findable.customer(c))));
            ask(problems, "find.problem.features", () -> {
                // a page may carry null entries: they name nothing to find
                List<Feature> catalogue = fynn.features();
                // a catalogue that repeats its pages is read only so far: what is missing is said
                app.switchboard.client.PagingStop.of(catalogue)
                        .ifPresent(stop -> problems.add(Words.of("find.problem.features", stop.words())));
                for (Feature feature : catalogue.stream().filter(Objects::nonNull).toList()) {
                    if (feature.id() == null || feature.id().isBlank()) {
                        withoutId[0]++;
                        continue;
                    }
                    matcher.match(Findable.feature(feature), Found.Source.SERVER)
                            .filter(hit -> seen.add(FindKind.FEATURE + ":" + feature.id())).ifPresent(found::add);
                }
            });
        }
        if (ID_LIKE.matcher(term).matches()) {
            if (der != null) {
                ask(problems, "find.problem.entity", () -> orNone(() -> der.entity(term))
                        .ifPresent(e -> sameItem(term, Findable.entity(e), problems).ifPresent(add)));
            }
            if (fynn != null) {
                ask(problems, "find.problem.subscriptions", () -> orNone(() -> fynn.subscription(term))
                        .ifPresent(s -> sameItem(term, Findable.subscription(s, null), problems).ifPresent(add)));
                ask(problems, "find.problem.customers", () -> orNone(() -> fynn.customer(term))
                        .ifPresent(c -> sameItem(term, Findable.customer(c), problems).ifPresent(add)));
            }
        }
        if (withoutId[0] > 0) {
            problems.add(Words.of("find.problem.noId", withoutId[0]));
        }
        return new ServerAnswer(grouped(found), problems.stream().distinct().toList());
    }

    /** A lookup by id that answers with another item is said, never shown as the item asked for. */
    private static Optional<Findable> sameItem(String id, Findable answer, List<Words> problems) {
        if (id.equals(answer.id())) {
            return Optional.of(answer);
        }
        problems.add(Words.of("find.problem.otherItem", id, String.valueOf(answer.id())));
        return Optional.empty();
    }

    private static List<app.switchboard.fynn.Customer> customers(FynnApi fynn, String term) {
        FynnPage<app.switchboard.fynn.Customer> page = fynn.customers(CustomerQuery.search(term), 1, PER_KIND);
        return page.data();
    }

    /** An id that names nothing is no failure: the lookup simply found nothing. */
    private static <T> Optional<T> orNone(Supplier<T> lookup) {
        try {
            return Optional.ofNullable(lookup.get());
        } catch (ApiException e) {
            if (e.kind() == ApiErrorKind.NOT_FOUND || e.kind() == ApiErrorKind.INVALID) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static void ask(List<Words> problems, String key, Runnable call) {
        try {
            call.run();
        } catch (ApiException e) {
            problems.add(Words.of(key, e.words()));
        }
    }

    /** Best first within each kind, kinds in their order, at most {@link #PER_KIND} of each. */
    public static List<Found> grouped(List<Found> found) {
        Map<FindKind, Integer> counts = new EnumMap<>(FindKind.class);
        return found.stream().sorted(ORDER)
                .filter(hit -> counts.merge(hit.kind(), 1, Integer::sum) <= PER_KIND)
                .toList();
    }
}
