package app.switchboard.ui.common.change;

import app.switchboard.audit.ActivityEntry;
import app.switchboard.audit.ActivityQuery;
import app.switchboard.audit.Api;
import app.switchboard.ops.ChangeOutcome;
import app.switchboard.ops.ChangeTarget;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.fx.RunningTask;
import app.switchboard.ui.common.fx.TaskRunner;
import app.switchboard.ui.common.notice.ErrorText;
import app.switchboard.ui.common.table.StatusBadge;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Set;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The recent activity of one switch (or of all switches of one entity or subscription), newest
 * first, each with its outcome badge and an Undo button that says why when it cannot undo. Get one
 * from {@link ActivityHistory#newPane()}, put it in the detail pane and call {@link #showSwitch}
 * whenever the detail shows another item. It reloads in the background, and again whenever a
 * change to what it shows completes.
 */
public final class ActivityHistoryPane extends VBox {
    static final int SHOWN = 50;
    private static final String STYLESHEET = "/app/switchboard/ui/common/changes.css";

    private final ActivityHistory history;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ObservableList<ActivityEntry> entries = FXCollections.observableArrayList();
    private final ListView<ActivityEntry> list = new ListView<>(entries);
    private final Label empty = new Label();
    private final app.switchboard.text.DateTexts times;
    private final Consumer<ChangeOutcome> onChange = this::changed;
    private final Consumer<app.switchboard.audit.SharedActivity.SharedChange> onTeamChange =
            change -> app.switchboard.ui.common.fx.FxThread.executor().execute(() -> teamChanged(change));
    private final Label live = new Label();
    private Consumer<app.switchboard.audit.SharedActivity.SharedChange> liveChanges = change -> { };
    private Set<String> undone = Set.of();
    private java.util.Map<String, app.switchboard.audit.SharedActivity.SharedEntry> colleagues = java.util.Map.of();
    private ActivityQuery query;
    private RunningTask loading;

    ActivityHistoryPane(ActivityHistory history, TaskRunner tasks, ChangeRunner changes, Messages messages) {
        this.history = history;
        this.tasks = tasks;
        this.messages = messages;
        this.times = app.switchboard.text.DateTexts.of(messages.locale(), ZoneId.systemDefault());
        getStyleClass().add("activity-history");
        getStylesheets().add(ActivityHistoryPane.class.getResource(STYLESHEET).toExternalForm());
        setSpacing(6);
        Label title = new Label(messages.get("changes.history.title"));
        title.getStyleClass().add("title-4");
        empty.setText(messages.get("changes.history.none"));
        empty.getStyleClass().add("text-muted");
        list.setId("activityHistory");
        list.setPlaceholder(empty);
        list.setCellFactory(view -> new EntryCell());
        list.setPrefHeight(220);
        list.setAccessibleText(messages.get("changes.history.title"));
        VBox.setVgrow(list, Priority.ALWAYS);
        live.setId("teamLiveChange");
        live.getStyleClass().add("team-live-change");
        live.setWrapText(true);
        live.setVisible(false);
        live.setManaged(false);
        getChildren().addAll(title, live, list);
        // listen to completed changes only while shown, so a discarded pane is not kept alive
        sceneProperty().addListener((obs, old, now) -> {
            if (now == null) {
                changes.removeOutcomeListener(onChange);
                history.removeTeamListener(onTeamChange);
            } else {
                changes.addOutcomeListener(onChange);
                history.onTeamChange(onTeamChange);
            }
        });
    }

    /**
     * Shows the history of one switch; {@code item} null shows every switch of the target.
     *
     * @param environment environment name
     * @param targetId    entity id / subscription id
     * @param item        feature name / entitlement id, or null
     */
    public void showSwitch(String environment, Api api, String targetId, String item) {
        live.setVisible(false);
        live.setManaged(false);
        query = ActivityQuery.all().withEnvironment(environment).withItem(api, targetId, item);
        reload();
    }

    public void clear() {
        query = null;
        if (loading != null) {
            loading.cancel();
        }
        entries.clear();
    }

    public ObservableList<ActivityEntry> entries() {
        return FXCollections.unmodifiableObservableList(entries);
    }

    private void reload() {
        if (loading != null) {
            loading.cancel();
        }
        ActivityQuery asked = query;
        loading = tasks.task(messages.get("changes.history.loading"), progress -> history.itemHistory(asked, SHOWN))
                .onSuccess(found -> {
                    if (asked.equals(query)) {
                        undone = ActivityHistory.undone(found.entries());
                        colleagues = found.colleagues();
                        entries.setAll(found.entries());
                    }
                })
                .onFailure(error -> empty.setText(messages.get("changes.history.failed", ErrorText.reason(error, messages))))
                .start();
    }

    /** A colleague just changed the switch shown: read its history again and say who did it. */
    private void teamChanged(app.switchboard.audit.SharedActivity.SharedChange change) {
        if (query == null || change.fromThisDesk() || !change.environment().equals(query.environment())
                || change.api() != query.api() || !query.targetId().equals(change.targetId())
                || query.item() != null && !query.item().equals(change.item())) {
            return;
        }
        live.setText(messages.get("changes.history.liveChange", change.operator(), change.desk()));
        live.setVisible(true);
        live.setManaged(true);
        reload();
        liveChanges.accept(change);
    }

    /**
     * Called on the FX thread when a colleague changes the switch shown, so the detail around this
     * pane can read the switch again from the server.
     */
    public void onColleagueChange(Consumer<app.switchboard.audit.SharedActivity.SharedChange> then) {
        liveChanges = then;
    }

    /** "3 days ago" for a colleague's change: how fresh it is matters more than its exact time. */
    private String ago(java.time.Instant time) {
        java.time.Duration age = java.time.Duration.between(time, java.time.Instant.now());
        if (age.toDays() >= 1) {
            return messages.get("changes.history.daysAgo", age.toDays());
        }
        if (age.toHours() >= 1) {
            return messages.get("changes.history.hoursAgo", age.toHours());
        }
        return age.toMinutes() >= 1 ? messages.get("changes.history.minutesAgo", age.toMinutes())
                : messages.get("changes.history.justNow");
    }

    private void changed(ChangeOutcome outcome) {
        ChangeTarget target = outcome.request().target();
        if (query != null && target.environment().name().equals(query.environment()) && target.api() == query.api()
                && target.targetId().equals(query.targetId()) && (query.item() == null || query.item().equals(target.item()))) {
            reload();
        }
    }

    private final class EntryCell extends ListCell<ActivityEntry> {
        private final StatusBadge badge = new StatusBadge();
        private final Label time = new Label();
        private final Label what = new Label();
        private final Label message = new Label();
        private final Button undo = new Button(messages.get("common.action.undo"));
        private final HBox undoBox = new HBox(undo);

        EntryCell() {
            Pane gap = new Pane();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox top = new HBox(8, time, badge, gap, undoBox);
            top.setAlignment(Pos.CENTER_LEFT);
            message.setWrapText(true);
            message.getStyleClass().add("text-muted");
            what.setWrapText(true);
            undo.getStyleClass().addAll("flat", "small");
            getStyleClass().add("activity-history-cell");
            this.content = new VBox(2, top, what, message);
        }

        private final VBox content;

        @Override
        protected void updateItem(ActivityEntry entry, boolean isEmpty) {
            super.updateItem(entry, isEmpty);
            if (isEmpty || entry == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            time.setText(times.exact(entry.time()));
            badge.showOutcome(entry.outcome().kind(), messages);
            String before = entry.before() == null ? "?" : SwitchWords.state(entry.api(), entry.before(), messages);
            // what was asked for: after a refusal the server's "after" is just the old state again
            String after = entry.desired() == null ? "?" : SwitchWords.state(entry.api(), entry.desired(), messages);
            var colleague = colleagues.get(entry.id());
            what.setText(colleague == null
                    ? messages.get("changes.history.line", messages.text(entry.targetText()), before, after, entry.user(),
                            entry.reason() == null ? "" : entry.reason())
                    : messages.get("changes.history.teamLine", messages.text(entry.targetText()), before, after,
                            entry.user(), colleague.desk(), ago(entry.time()),
                            entry.reason() == null ? "" : entry.reason()));
            message.setText(messages.text(entry.outcome().text()));
            message.setVisible(!message.getText().isEmpty());
            message.setManaged(message.isVisible());
            var why = history.whyNotUndoable(entry, undone, colleague);
            undo.setDisable(why.isPresent());
            Tooltip.install(undoBox, new Tooltip(why.orElse(messages.get("changes.history.undoTip"))));
            undo.setAccessibleText(messages.get("changes.history.undoAccessible", messages.text(entry.targetText())));
            undo.setOnAction(e -> history.undo(entry));
            setAccessibleText(time.getText() + ", " + badge.words() + ", " + what.getText());
            setGraphic(content);
        }
    }
}
