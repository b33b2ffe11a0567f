package app.switchboard.ui.entities;

import app.switchboard.audit.CsvFile;
import app.switchboard.credentials.Environment;
import app.switchboard.audit.ActivityEntry;
import app.switchboard.audit.ActivityQuery;
import app.switchboard.client.ApiException;
import app.switchboard.derconnect.DerConnectApi;
import app.switchboard.derconnect.Entity;
import app.switchboard.ops.Availability;
import app.switchboard.openbyid.IdFiles;
import app.switchboard.openbyid.IdList;
import app.switchboard.ui.common.change.ActivityHistory;
import app.switchboard.ui.common.notice.ErrorText;
import app.switchboard.ops.BulkCandidate;
import app.switchboard.ops.EnvironmentConnection;
import app.switchboard.ui.common.change.ChangeRunner;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.fx.TaskRunner;
import app.switchboard.ui.common.notice.Notice;
import app.switchboard.ui.common.notice.Notifier;
import app.switchboard.ui.common.session.Api;
import app.switchboard.ui.common.session.ConnectionState;
import app.switchboard.ui.common.session.EnvironmentSession;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the Entities workspace: the progressively loaded table, its filter and sort, the
 * selection and the detail of the selected entity. It follows the session: a new environment
 * drops the old rows and cancels their calls; once DER Connect is connected the load starts.
 * Leaving the view stops a load that is still running; coming back resumes it from the start.
 */
public final class EntitiesViewModel {
    private final EnvironmentSession session;
    private final TaskRunner tasks;
    private final Messages messages;
    private final EntityList list;
    private final EntityDetail detail;
    private final ObservableList<EntityRow> selected = FXCollections.observableArrayList();
    private final StringBinding status;
    private final StringBinding placeholder;
    private final Notifier notifier;
    private final BulkSelection bulkSelection;
    private boolean shown = true;
    /** How many recently used entities "Open by id" offers. */
    private static final int RECENT = 50;
    /** How many onboarded entities "Open by id" fills in at most: a list to look over, not the whole fleet. */
    private static final int ONBOARDED = 500;

    public EntitiesViewModel(EnvironmentSession session, TaskRunner tasks, Messages messages, Clock clock,
                             ChangeRunner changes, Notifier notifier) {
        this.session = session;
        this.tasks = tasks;
        this.messages = messages;
        this.notifier = notifier;
        this.bulkSelection = new BulkSelection(messages);
        this.list = new EntityList(tasks, System::nanoTime, messages);
        this.detail = new EntityDetail(tasks, messages, clock, changes);
        changes.addOutcomeListener(detail::outcomeElsewhere);
        session.currentProperty().addListener((obs, old, now) -> environmentChanged());
        session.stateProperty(Api.DER_CONNECT).addListener((obs, old, now) -> {
            if (now == ConnectionState.CONNECTED && list.stateProperty().get() == LoadState.WAITING) {
                loadIfShown();
            }
        });
        status = Bindings.createStringBinding(this::statusText, list.stateProperty(), list.loadedProperty(),
                list.visible(), list.failureProperty());
        placeholder = Bindings.createStringBinding(this::placeholderText, list.stateProperty(),
                list.filterProperty(), list.loadedProperty(), session.problemProperty(), session.currentProperty());
        if (session.stateProperty(Api.DER_CONNECT).get() == ConnectionState.CONNECTED) {
            loadIfShown();
        }
    }

    /**
     * Opens the entities with these ids (pasted or imported, one per line or CSV): each is read when
     * DER Connect offers reading one entity, else shown by its id alone. They join the list and the
     * first is shown. Lines that give no id are named in a notice, with their text, so none is lost.
     */
    public void openByIds(String text) {
        IdList parsed = IdList.parse(text);
        if (!parsed.bad().isEmpty()) {
            notifier.post(Notice.of(Notice.Kind.REFUSED, messages.get("entities.openById.bad.title"), badLines(parsed)));
        }
        List<String> ids = parsed.ids();
        Optional<DerConnectApi> api = der();
        if (ids.isEmpty() || api.isEmpty()) {
            return;
        }
        DerConnectApi der = api.get();
        tasks.task(messages.get("entities.task.openById", ids.size()), progress -> {
            List<EntityRow> rows = new ArrayList<>();
            for (String id : ids) {
                rows.add(EntityRow.of(readOrBare(der, id)));
            }
            return rows;
        }).onSuccess(rows -> {
            list.addOpened(rows);
            select(rows.get(0));
        }).onFailure(error -> notifier.post(Notice.of(Notice.Kind.FAILED, messages.get("entities.openById.failed"),
                ErrorText.reason(error, messages)))).start();
    }

    /** What "Open" will do with {@code text}: how many ids, and which lines give none and why. */
    public String idSummary(String text) {
        IdList parsed = IdList.parse(text);
        String summary = messages.get("entities.openById.summary", parsed.ids().size());
        return parsed.bad().isEmpty() ? summary : summary + " " + badLines(parsed);
    }

    private String badLines(IdList parsed) {
        return messages.get("entities.openById.summaryBad", parsed.bad().size(),
                parsed.badLines().stream().map(messages::text).collect(Collectors.joining("; ")));
    }

    /**
     * Reads a file of ids (one per line or CSV) in the background and hands its text to {@code then}
     * on the FX thread, to be looked over before opening; a file that cannot be read says why.
     */
    public void readIdFile(Path file, Consumer<String> then) {
        tasks.task(messages.get("entities.task.readIdFile", file.getFileName()), progress -> IdFiles.read(file))
                .onSuccess(then::accept)
                .onFailure(error -> notifier.post(Notice.of(Notice.Kind.FAILED, messages.get("entities.openById.fileFailed"),
                        error instanceof app.switchboard.text.Worded w ? messages.text(w.words())
                                : ErrorText.reason(error, messages)))).start();
    }

    /**
     * The ids of the entities DER Connect's documented onboarding listing names, read in the
     * background and handed to {@code then} on the FX thread; a listing that stopped early says so.
     */
    public void onboardedIds(Consumer<List<String>> then) {
        Optional<DerConnectApi> api = der();
        if (api.isEmpty()) {
            return;
        }
        DerConnectApi der = api.get();
        List<app.switchboard.client.PagingStop> stops = new java.util.concurrent.CopyOnWriteArrayList<>();
        tasks.task(messages.get("entities.task.onboarding"), progress -> der.onboardingRequests(stops::add)
                .map(app.switchboard.derconnect.OnboardingRequest::entityId).filter(id -> id != null && !id.isBlank())
                .distinct().limit(ONBOARDED).toList())
                .onSuccess(ids -> {
                    stops.forEach(stop -> notifier.post(Notice.of(Notice.Kind.REFUSED,
                            messages.get("entities.incomplete.title"), messages.text(stop.words()))));
                    then.accept(ids);
                })
                .onFailure(error -> notifier.post(Notice.of(Notice.Kind.FAILED,
                        messages.get("entities.openById.onboardingFailed"), ErrorText.reason(error, messages)))).start();
    }

    /** The entity as the server reads it; only its id where the server offers no such read. */
    private static Entity readOrBare(DerConnectApi der, String id) {
        try {
            return der.entity(id);
        } catch (ApiException e) {
            if (!Availability.ofStatus(e.status()).missing()) {
                throw e;
            }
            return new Entity(id, null, null, null, null, null, null, null, null, null);
        }
    }

    /** {@link #recentlyUsedIds} read in the background, handed to {@code then} on the FX thread. */
    public void recentlyUsed(ActivityHistory history, Consumer<List<String>> then) {
        tasks.task(messages.get("entities.task.recent"), progress -> recentlyUsedIds(history, RECENT))
                .onSuccess(then::accept).start();
    }

    /** Ids of DER entities changed in this environment, newest first, from the activity log. */
    public List<String> recentlyUsedIds(ActivityHistory history, int limit) {
        String environment = session.connection().map(c -> c.environment().name()).orElse(null);
        if (environment == null || history == null) {
            return List.of();
        }
        return history.newest(ActivityQuery.all().withEnvironment(environment), 500).stream()
                .filter(e -> e.api() == app.switchboard.audit.Api.DER_CONNECT)
                .map(ActivityEntry::targetId).distinct().limit(limit).toList();
    }

    public EntityList list() {
        return list;
    }

    /** The entity's link in the current environment, for a ticket; null without an environment. */
    public String linkTo(EntityRow row) {
        return row == null || session.current() == null ? null
                : app.switchboard.links.ItemLink.entity(session.current().id(), row.id()).text();
    }

    public EntityDetail detail() {
        return detail;
    }

    /** The rows the operator selected, in selection order; kept in step by the view. */
    public ObservableList<EntityRow> selected() {
        return selected;
    }

    /** "Loaded 250 entities", "Loading… 300 so far", with the count shown after filtering. */
    public StringBinding statusProperty() {
        return status;
    }

    /** What an empty table says instead of being blank. */
    public StringBinding placeholderProperty() {
        return placeholder;
    }

    /** Shows the entity in the detail panel (null clears it). */
    public void select(EntityRow row) {
        detail.show(row, der().orElse(null), session.connection().map(c -> c.environment().name()).orElse(null));
    }

    public void retry() {
        if (list.stateProperty().get() == LoadState.WAITING) {
            loadIfShown();
        } else {
            list.retry();
        }
    }

    /** The view went out of sight (another section): nothing keeps loading for it. */
    public void hidden() {
        shown = false;
        list.stop();
        detail.stop();
    }

    /** The view is back: a load that was interrupted starts again. */
    public void shownAgain() {
        shown = true;
        if (list.stateProperty().get() == LoadState.STOPPED || list.stateProperty().get() == LoadState.WAITING) {
            loadIfShown();
        }
        // its reads were cancelled when the view was left
        EntityRow current = detail.entityProperty().get();
        if (current != null) {
            select(current);
        }
    }

    /** The ids of the rows, one a line, for the clipboard. */
    public static String idsOf(List<EntityRow> rows) {
        return rows.stream().map(EntityRow::id).collect(Collectors.joining("\n"));
    }

    /** Writes the rows the table shows now, in its order; returns how many. */
    public int exportVisible(Writer out) {
        return EntityCsv.write(List.copyOf(list.visible()), out);
    }

    /** {@link #exportVisible} into a file, in the background; the notice says how many rows went where. */
    public void exportVisible(Path file) {
        List<EntityRow> rows = List.copyOf(list.visible());
        tasks.task(messages.get("entities.task.export", file.getFileName()), progress -> {
            try (Writer out = CsvFile.create(file)) {
                return EntityCsv.write(rows, out);
            }
        }).onSuccess(count -> notifier.post(Notice.of(Notice.Kind.SUCCESS, messages.get("entities.export.title"),
                messages.get("entities.export.done", count, file)))).start();
    }

    /** The environment the table belongs to, for its accessible text. */
    public String environmentName() {
        return session.current() == null ? "" : session.current().name();
    }

    /** The operator flipped a feature's switch in the detail panel. */
    public void flip(FeatureRow feature, boolean desiredOn) {
        detail.flip(feature, desiredOn, session.connection().map(c -> c.environment()).orElse(null));
    }

    /**
     * Switches {@code feature} on or off for every selected entity: reads their current states in
     * the background, then hands the candidates to {@code flow} (the bulk window: preview, one
     * confirmation, progress, cancel, results).
     */
    public void bulk(KnownFeature feature, boolean on, Consumer<List<BulkCandidate>> flow) {
        List<EntityRow> rows = List.copyOf(selected);
        Optional<EnvironmentConnection> connection = session.connection();
        if (rows.isEmpty() || connection.isEmpty()) {
            return;
        }
        Environment environment = connection.get().environment();
        DerConnectApi der = connection.get().der();
        tasks.task(messages.get("entities.task.bulkStates", rows.size(), feature.name()),
                        progress -> bulkSelection.candidates(rows, feature, environment, der))
                .onSuccess(flow)
                .start();
    }

    private Optional<DerConnectApi> der() {
        return session.connection().map(connection -> connection.der());
    }

    private void environmentChanged() {
        list.clear();
        selected.clear();
        detail.show(null, null, null);
        loadIfShown();
    }

    private void loadIfShown() {
        if (!shown) {
            return;
        }
        der().ifPresent(list::load);
    }

    private String statusText() {
        int loaded = list.loadedProperty().get();
        int visible = list.visible().size();
        String shownPart = visible == loaded ? "" : " " + messages.get("entities.status.showing", visible);
        return switch (list.stateProperty().get()) {
            case WAITING -> "";
            case LOADING -> messages.get("entities.status.loading", loaded) + shownPart;
            case LOADED -> messages.get("entities.status.loaded", loaded) + shownPart;
            case STOPPED -> messages.get("entities.status.stopped", loaded) + shownPart;
            case FAILED -> messages.get("entities.status.failed", loaded) + shownPart;
        };
    }

    private String placeholderText() {
        return switch (list.stateProperty().get()) {
            case WAITING -> session.problemProperty().get() != null
                    ? messages.get("entities.empty.offline", session.problemProperty().get())
                    : messages.get("entities.empty.connecting", session.current() == null ? "" : session.current().name());
            case LOADING -> messages.get("entities.empty.loading");
            case FAILED -> messages.get("entities.empty.failed");
            case STOPPED -> messages.get("entities.empty.stopped");
            case LOADED -> list.loadedProperty().get() == 0 ? messages.get("entities.empty.none")
                    : messages.get("entities.empty.noMatch");
        };
    }
}
