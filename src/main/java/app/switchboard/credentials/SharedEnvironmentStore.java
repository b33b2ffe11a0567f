package app.switchboard.credentials;

import app.switchboard.credentials.TeamEnvironmentFile.Adopted;
import app.switchboard.credentials.TeamEnvironmentFile.State;
import app.switchboard.text.Words;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * This computer's environments together with the ones the team's admin publishes (docs/TEAM.md,
 * "Shared environments"). A team definition is kept as an ordinary environment in the local store,
 * so it is usable with this computer's own secrets and stays usable while the team database is away;
 * {@code team-environments.json} remembers which team revision each copy came from. A copy changed
 * here is "edited here" and never overwritten by a team change; the operator takes the team's
 * version when they choose. An environment removed from the team stays, with its secrets, and says so.
 */
public final class SharedEnvironmentStore extends ForwardingEnvironmentStore {
    private final EnvironmentStore local;
    private final TeamEnvironmentFile file;
    private final SharedEnvironments team;
    private final SecretStore secrets;
    private final Clock clock;
    private volatile Words problem;

    /**
     * @param local        this computer's environments ({@code environments.json})
     * @param configFolder where {@code team-environments.json} is kept
     * @param team         the team database's definitions
     * @param secrets      where a team-renamed environment's secrets move to their new name
     */
    public SharedEnvironmentStore(EnvironmentStore local, Path configFolder, SharedEnvironments team, SecretStore secrets,
                                  Clock clock) {
        super(local);
        this.local = local;
        this.file = new TeamEnvironmentFile(configFolder.resolve(TeamEnvironmentFile.FILE_NAME));
        this.team = team;
        this.secrets = secrets;
        this.clock = clock;
    }

    /** A team environment removed here is not brought back until the team publishes a newer revision. */
    @Override
    public void remove(String name) {
        file.locked(() -> {
            State state = file.read();
            Optional<Environment> gone = local.find(name);
            local.remove(name);
            if (gone.isPresent() && state.adopted().remove(gone.get().id()) != null) {
                state.inTeam(gone.get().id()).filter(t -> !t.removed())
                        .ifPresent(t -> state.removedHere().put(t.id(), t.revision()));
                file.write(state);
            }
            return null;
        });
    }

    @Override
    public EnvironmentOrigin origin(Environment environment) {
        return originIn(file.read(), environment);
    }

    private static EnvironmentOrigin originIn(State state, Environment environment) {
        Adopted taken = state.adopted().get(environment.id());
        if (taken == null) {
            return EnvironmentOrigin.LOCAL;
        }
        Optional<PublishedEnvironment> now = state.inTeam(environment.id());
        if (now.isEmpty() || now.get().removed()) {
            return new EnvironmentOrigin(EnvironmentOrigin.Kind.REMOVED_FROM_TEAM, taken.revision(), taken.publishedBy(),
                    now.orElse(null));
        }
        PublishedEnvironment newer = now.get().revision() > taken.revision() ? now.get() : null;
        return sameDefinition(environment, taken.definition())
                ? new EnvironmentOrigin(EnvironmentOrigin.Kind.TEAM, taken.revision(), taken.publishedBy(), null)
                : new EnvironmentOrigin(EnvironmentOrigin.Kind.EDITED_HERE, taken.revision(), taken.publishedBy(), newer);
    }

    /**
     * Whether a copy still holds the team's definition. The colour picker writes colours in lower case,
     * so saving only a secret in Settings must not make "#C62828" an edit.
     */
    private static boolean sameDefinition(Environment mine, Environment team) {
        return mine.equals(team) || mine.colour() != null && team.colour() != null
                && mine.colour().equalsIgnoreCase(team.colour()) && mine.equals(team.withColour(mine.colour()));
    }

    /** Whether a team database is set up, so that environments can come from it. */
    public boolean teamInUse() {
        return team.inUse();
    }

    /**
     * Reads the team's definitions and brings this computer's copies up to date: new ones are added,
     * unedited copies take the team's change, edited copies are left as they are (their origin says
     * the team has a newer version). When the database cannot be reached the last known definitions
     * stay and {@link #status()} says so. Blocking: call off the FX thread.
     *
     * @return what could not be taken, in words (e.g. a name already used here); not the database's problem, which {@link #status()} says
     */
    public List<Words> sync() {
        if (!team.inUse()) {
            return List.of();
        }
        List<PublishedEnvironment> fetched;
        try {
            fetched = team.fetch();
            problem = null;
        } catch (SharedEnvironmentsException e) {
            problem = e.words();
            file.locked(() -> {
                file.write(file.read().unreachable(clock.instant()));
                return null;
            });
            return List.of();
        }
        return file.locked(() -> {
            State state = file.read().fetched(fetched, clock.instant());
            List<Words> notTaken = new ArrayList<>();
            for (PublishedEnvironment row : fetched) {
                if (row.removed()) {
                    continue;
                }
                List<Words> problems = usable(row.definition());
                if (problems.isEmpty()) {
                    take(state, row).ifPresent(notTaken::add);
                } else {
                    notTaken.add(Words.of("credentials.team.invalid", row.definition().name(), problems.get(0)));
                }
            }
            file.write(state);
            return notTaken;
        });
    }

    /** A definition this computer would not have saved itself (the Demo's place, a plain remote URL) is not taken. */
    private static List<Words> usable(Environment definition) {
        if (definition.isDemo() || Environment.DEMO_NAME.equalsIgnoreCase(definition.name())) {
            return List.of(Words.of("credentials.team.demo"));
        }
        return EnvironmentCheck.problems(definition);
    }

    /** Brings one team definition to this computer, as far as the rules allow; a reason when not. */
    private Optional<Words> take(State state, PublishedEnvironment row) {
        Optional<Environment> mine = local.findById(row.id());
        Adopted taken = state.adopted().get(row.id());
        if (mine.isEmpty()) {
            Long removedAt = state.removedHere().get(row.id());
            if (removedAt != null && removedAt >= row.revision()) {
                return Optional.empty();
            }
            Optional<Words> clash = nameTaken(row.definition(), null);
            if (clash.isPresent()) {
                return clash;
            }
            local.add(row.definition());
            state.removedHere().remove(row.id());
            state.adopted().put(row.id(), Adopted.of(row));
            return Optional.empty();
        }
        if (taken == null) {
            // a copy with the team's id that this computer never recorded taking: it is the team's from now on
            state.adopted().put(row.id(), Adopted.of(row));
            return Optional.empty();
        }
        if (row.revision() > taken.revision() && sameDefinition(mine.get(), taken.definition())) {
            return replace(state, mine.get(), row);
        }
        return Optional.empty();
    }

    /** Replaces this computer's copy with the team's definition; its secrets follow a rename. */
    private Optional<Words> replace(State state, Environment mine, PublishedEnvironment row) {
        Optional<Words> clash = nameTaken(row.definition(), mine.id());
        if (clash.isPresent()) {
            return clash;
        }
        local.update(mine.id(), current -> row.definition());
        if (!mine.name().equals(row.definition().name())) {
            moveSecret(mine.derSecretKey(), row.definition().derSecretKey());
            moveSecret(mine.fynnKeyKey(), row.definition().fynnKeyKey());
        }
        state.adopted().put(row.id(), Adopted.of(row));
        return Optional.empty();
    }

    private Optional<Words> nameTaken(Environment definition, String exceptId) {
        return local.list().stream()
                .filter(e -> e.name().equalsIgnoreCase(definition.name()) && !e.id().equals(exceptId))
                .findFirst()
                .map(e -> Words.of("credentials.team.nameTaken", definition.name()));
    }

    /** The old key is removed before the new one is written: some keychains compare names ignoring case. */
    private void moveSecret(String from, String to) {
        Optional<String> value = secrets.get(from);
        if (value.isPresent()) {
            secrets.remove(from);
            secrets.put(to, value.get());
        }
    }

    /**
     * Publishes this computer's environment to the team (needs the admin role in the database). The
     * publish is based on the team revision this copy came from: when another admin changed it since,
     * nothing is published and the exception says who did.
     */
    public PublishedEnvironment publish(String name) throws SharedEnvironmentsException {
        Environment mine = named(name);
        if (mine.isDemo()) {
            throw new IllegalArgumentException("The Demo environment is built in and is not published");
        }
        return lockedOrThrow(() -> {
            State state = file.read();
            Optional<PublishedEnvironment> known = state.inTeam(mine.id());
            Adopted taken = state.adopted().get(mine.id());
            long basedOn = known.filter(PublishedEnvironment::removed).map(PublishedEnvironment::revision)
                    .orElse(taken == null ? 0 : taken.revision());
            PublishedEnvironment published = team.publish(mine, basedOn);
            state.replace(published);
            state.adopted().put(mine.id(), Adopted.of(published));
            state.removedHere().remove(mine.id());
            file.write(state);
            return published;
        });
    }

    /**
     * Removes the environment from the team (needs the admin role). This computer keeps it as one of
     * its own; other consoles keep their copies and say it was removed from the team.
     */
    public PublishedEnvironment unpublish(String name) throws SharedEnvironmentsException {
        Environment mine = named(name);
        return lockedOrThrow(() -> {
            State state = file.read();
            Optional<PublishedEnvironment> known = state.inTeam(mine.id()).filter(t -> !t.removed());
            Adopted taken = state.adopted().get(mine.id());
            if (known.isEmpty() && taken == null) {
                throw new SharedEnvironmentsException(SharedEnvironmentsException.Kind.FAILED,
                        Words.of("credentials.team.notPublished", mine.name()), null);
            }
            PublishedEnvironment removed = team.unpublish(mine.id(),
                    taken == null ? known.get().revision() : taken.revision());
            state.replace(removed);
            state.adopted().remove(mine.id());
            file.write(state);
            return removed;
        });
    }

    /** Replaces this computer's edited copy with the team's current definition; the secrets stay. */
    public Environment takeTeamVersion(String name) {
        Environment mine = named(name);
        return file.locked(() -> {
            State state = file.read();
            PublishedEnvironment row = state.inTeam(mine.id()).filter(t -> !t.removed())
                    .orElseThrow(() -> new NoSuchElementException(Words.of("credentials.team.noTeamVersion", name).english()));
            Optional<Words> clash = replace(state, mine, row);
            if (clash.isPresent()) {
                throw new IllegalStateException(clash.get().english());
            }
            file.write(state);
            return row.definition();
        });
    }

    /** Where the team's environments stand; empty without a team database. */
    public Optional<TeamEnvironmentsStatus> status() {
        if (!team.inUse()) {
            return Optional.empty();
        }
        State state = file.read();
        return Optional.of(new TeamEnvironmentsStatus(state.fetchedAt(), state.unreachableSince(), problem));
    }

    private Environment named(String name) {
        return local.find(name).or(() -> local.list().stream().filter(e -> e.name().equalsIgnoreCase(name)).findFirst())
                .orElseThrow(() -> new NoSuchElementException(Words.of("credentials.team.unknown", name).english()));
    }

    /** A step under the file's lock that may fail with the team's own exception. */
    @FunctionalInterface
    private interface TeamStep<T> {
        T run() throws SharedEnvironmentsException, java.io.IOException;
    }

    private <T> T lockedOrThrow(TeamStep<T> step) throws SharedEnvironmentsException {
        SharedEnvironmentsException[] refused = new SharedEnvironmentsException[1];
        T result = file.locked(() -> {
            try {
                return step.run();
            } catch (SharedEnvironmentsException e) {
                refused[0] = e;
                return null;
            }
        });
        if (refused[0] != null) {
            throw refused[0];
        }
        return result;
    }
}
