package app.switchboard.ui.entities;

import app.switchboard.audit.Api;
import app.switchboard.derconnect.Entity;
import app.switchboard.ui.common.change.ActivityHistoryPane;
import app.switchboard.ui.common.change.WriteAccess;
import app.switchboard.ui.links.LinkCopier;
import app.switchboard.ui.common.fx.Messages;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The side panel of the Entities workspace: every field of the selected entity, its properties as
 * an expandable tree, the features with their switches, and the charge sessions of the last 30
 * days while capture is on. Call {@link #bind} once; it then follows the {@link EntityDetail}.
 */
public class EntityDetailPane extends VBox {
    private final Label none = new Label();
    /**
     * Built on the first entity shown, not with the view: nothing of it is visible until the
     * operator picks an entity, and building it (a table, a tree, the history list) before the
     * window's first frame only delayed that frame.
     */
    private Label title;
    private GridPane fields;
    private TreeView<String> properties;
    private VBox features;
    private Label featuresHint;
    private Label sessionsHeading;
    private Label sessionsHint;
    private ChargeSessionList sessions;
    private ActivityHistoryPane history;
    private java.util.function.Function<EntityRow, String> links;
    /** The id and the buttons beside it. */
    private HBox idActions;
    private VBox content;
    private Supplier<ActivityHistoryPane> newHistory;
    private WriteAccess writeAccess;
    private Messages messages;
    private TimeWords time;
    private EntityDetail detail;
    private BiConsumer<FeatureRow, Boolean> onFlip;

    public EntityDetailPane() {
        getStyleClass().add("entity-detail");
        setId("entityDetail");
        none.getStyleClass().add("entity-detail-hint");
        none.setWrapText(true);
        getChildren().add(none);
    }

    /**
     * @param activity makes the entity's recent changes, from the activity log, when first needed
     * @param access   disables the switches while DER Connect is read-only in the environment
     */
    public void bind(EntityDetail model, Messages texts, TimeWords times, BiConsumer<FeatureRow, Boolean> flip,
                     Supplier<ActivityHistoryPane> activity, WriteAccess access) {
        this.detail = model;
        this.newHistory = activity;
        this.writeAccess = access;
        this.messages = texts;
        this.time = times;
        this.onFlip = flip;
        none.setText(texts.get("entities.detail.none"));
        model.entityProperty().addListener((obs, old, now) -> showEntity(now));
        model.features().addListener((ListChangeListener<FeatureRow>) change -> showFeatures());
        model.featuresStateProperty().addListener((obs, old, now) -> showFeaturesState());
        model.featuresProblemProperty().addListener((obs, old, now) -> showFeaturesState());
        model.sessionsStateProperty().addListener((obs, old, now) -> showSessionsState());
        showEntity(model.entityProperty().get());
    }

    /** How the shown entity's "Copy link" makes its link. */
    public void linkWith(java.util.function.Function<EntityRow, String> linkOf) {
        this.links = linkOf;
    }

    private void buildContent() {
        title = new Label();
        fields = new GridPane();
        properties = new TreeView<>();
        features = new VBox(8);
        featuresHint = new Label();
        sessionsHeading = new Label();
        sessionsHint = new Label();
        sessions = new ChargeSessionList(messages, time);
        history = newHistory.get();
        // a colleague's change to this entity (team mode): read its features again from the server
        history.onColleagueChange(change -> {
            if (detail != null) {
                detail.reloadFeatures();
            }
        });
        content = new VBox(10);
        title.getStyleClass().add("entity-detail-title");
        title.setId("entityDetailTitle");
        // the whole name, on two lines if need be: a name cut to "Depot charger C2 – Antwer..." is no name
        title.setWrapText(true);
        featuresHint.getStyleClass().add("entity-detail-hint");
        featuresHint.setWrapText(true);
        featuresHint.setId("featuresHint");
        sessionsHint.getStyleClass().add("entity-detail-hint");
        sessionsHint.setId("sessionsHint");
        fields.setHgap(12);
        fields.setVgap(4);
        fields.getColumnConstraints().addAll(new ColumnConstraints(90), new ColumnConstraints());
        fields.getColumnConstraints().get(1).setHgrow(Priority.ALWAYS);
        properties.setShowRoot(false);
        properties.setPrefHeight(140);
        properties.setId("entityProperties");
        features.setId("entityFeatures");
        properties.setAccessibleText(messages.get("entities.detail.properties"));
        // features first: "is capture on, and why not?" is what support is asked about
        content.getChildren().setAll(title, heading("entities.detail.features"), featuresHint, features,
                sessionsHeading, sessionsHint, sessions, heading("entities.detail.fields"), fields,
                heading("entities.detail.properties"), properties, history);
        sessionsHeading.setText(messages.get("entities.detail.sessions"));
        sessionsHeading.getStyleClass().add("entity-detail-heading");
        sessions.setItems(detail.sessions());
    }

    private void showEntity(EntityRow row) {
        if (row == null) {
            if (history != null) {
                history.clear();
            }
            getChildren().setAll(none);
            return;
        }
        if (content == null) {
            buildContent();
        }
        history.showSwitch(detail.environmentName(), Api.DER_CONNECT, row.id(), null);
        Entity e = row.entity();
        title.setText(row.name());
        FontIcon icon = new FontIcon(EntityTypes.icon(row.type()));
        icon.getStyleClass().add("entities-type-icon");
        title.setGraphic(icon);
        fields.getChildren().clear();
        int line = 0;
        line = idField(line, e.id());
        line = field(line, "type", row.type() == null ? null : EntityTypes.title(messages, row.type()));
        line = field(line, "brand", e.brand());
        line = field(line, "identifier", e.identifier());
        line = wrappedField(line, "name", e.name());
        line = wrappedField(line, "parent", e.parentId());
        line = field(line, "online", messages.get(row.online() == null ? "entities.online.unknown"
                : row.online() ? "entities.online.yes" : "entities.online.no"));
        line = wrappedField(line, "lastSeen", row.lastSeen() == null ? time.relative(null)
                : time.relative(row.lastSeen()) + " · " + time.exact(row.lastSeen()));
        wrappedField(line, "created", time.exact(row.created()));
        boolean hasProperties = e.properties() != null && e.properties().isContainerNode() && !e.properties().isEmpty();
        properties.setRoot(hasProperties ? tree(messages.get("entities.detail.properties.root"), e.properties())
                : new TreeItem<>(messages.get("entities.detail.properties.none")));
        properties.setShowRoot(!hasProperties);
        properties.getRoot().setExpanded(true);
        getChildren().setAll(content);
        showFeatures();
        showFeaturesState();
        showSessionsState();
    }

    private int field(int line, String key, String value) {
        Label name = new Label(messages.get("entities.detail.field." + key));
        name.getStyleClass().add("entity-field-name");
        // a read-only text field so ids and VINs can be selected and copied
        TextField text = new TextField(value == null ? "—" : value);
        text.setEditable(false);
        text.getStyleClass().add("entity-field-value");
        text.setId("entityField-" + key);
        text.setAccessibleText(name.getText() + ": " + text.getText());
        fields.addRow(line, name, text);
        return line + 1;
    }

    /**
     * A value that can be longer than the panel is wide (a name, a date with its time), whole: it
     * wraps rather than running out of a read-only field ("Depot charger A24 – Düsseldor").
     */
    private int wrappedField(int line, String key, String value) {
        Label name = new Label(messages.get("entities.detail.field." + key));
        name.getStyleClass().add("entity-field-name");
        Label text = new Label(value == null ? "—" : value);
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        text.getStyleClass().add("entity-field-value");
        text.setId("entityField-" + key);
        text.setAccessibleText(name.getText() + ": " + text.getText());
        fields.addRow(line, name, text);
        return line + 1;
    }

    /**
     * The id, the value support copies most, whole: it wraps at its hyphens rather than being cut,
     * with a button beside it that copies it.
     */
    private int idField(int line, String id) {
        Label name = new Label(messages.get("entities.detail.field.id"));
        name.getStyleClass().add("entity-field-name");
        Label value = new Label(id == null ? "—" : id);
        value.setWrapText(true);
        value.setId("entityField-id");
        value.getStyleClass().addAll("entity-field-value", "entity-id");
        value.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(value, Priority.ALWAYS);
        Button copy = new Button(null, new FontIcon(MaterialDesignC.CONTENT_COPY));
        copy.setId("copyEntityId");
        copy.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        copy.setTooltip(new Tooltip(messages.get("entities.action.copyId")));
        copy.setAccessibleText(messages.get("entities.action.copyId"));
        copy.setDisable(id == null);
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(id);
            Clipboard.getSystemClipboard().setContent(content);
        });
        idActions = new HBox(4, value, copy, LinkCopier.button("copyEntityLink", messages,
                () -> links == null ? null : links.apply(detail.entityProperty().get())));
        idActions.setAlignment(Pos.CENTER_LEFT);
        fields.addRow(line, name, idActions);
        return line + 1;
    }

    private void showFeatures() {
        if (content == null) {
            return;
        }
        EntityRow row = detail.entityProperty().get();
        String name = row == null ? "" : row.name();
        features.getChildren().setAll(detail.features().stream()
                .map(f -> (Node) new FeatureSwitchRow(f, name, messages, onFlip, writeAccess)).toList());
    }

    private void showFeaturesState() {
        if (content == null) {
            return;
        }
        String text = switch (detail.featuresStateProperty().get()) {
            case LOADING -> messages.get("entities.detail.features.loading");
            case FAILED -> messages.get("entities.detail.features.failed", detail.featuresProblemProperty().get());
            default -> null;
        };
        featuresHint.setText(text);
        featuresHint.setVisible(text != null);
        featuresHint.setManaged(text != null);
    }

    private void showSessionsState() {
        if (content == null) {
            return;
        }
        PartState state = detail.sessionsStateProperty().get();
        boolean visible = state != PartState.HIDDEN;
        for (Node node : new Node[] {sessionsHeading, sessionsHint, sessions}) {
            node.setVisible(visible);
            node.setManaged(visible);
        }
        sessionsHint.setText(switch (state) {
            case LOADING -> messages.get("entities.detail.sessions.loading");
            case FAILED -> messages.get("entities.detail.sessions.failed", detail.sessionsProblemProperty().get());
            case LOADED -> detail.sessions().isEmpty() ? messages.get("entities.detail.sessions.none") : "";
            case HIDDEN -> "";
        });
        sessionsHint.setManaged(visible && !sessionsHint.getText().isEmpty());
        sessions.setVisible(state == PartState.LOADED && !detail.sessions().isEmpty());
        sessions.setManaged(sessions.isVisible());
    }

    private Label heading(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("entity-detail-heading");
        return label;
    }

    /** Objects and arrays become branches, everything else a "name: value" leaf. */
    static TreeItem<String> tree(String name, JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return new TreeItem<>(name + ": —");
        }
        if (node.isObject()) {
            TreeItem<String> item = new TreeItem<>(name);
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> child = it.next();
                item.getChildren().add(tree(child.getKey(), child.getValue()));
            }
            item.setExpanded(true);
            return item;
        }
        if (node.isArray()) {
            TreeItem<String> item = new TreeItem<>(name + " [" + node.size() + "]");
            for (int i = 0; i < node.size(); i++) {
                item.getChildren().add(tree("[" + i + "]", node.get(i)));
            }
            return item;
        }
        return new TreeItem<>(name + ": " + node.asText());
    }
}
