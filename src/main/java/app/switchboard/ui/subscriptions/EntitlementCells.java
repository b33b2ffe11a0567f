package app.switchboard.ui.subscriptions;

import app.switchboard.audit.Api;
import app.switchboard.fynn.Entitlement;
import app.switchboard.fynn.FeatureType;
import app.switchboard.ui.common.change.UnknownStateActions;
import app.switchboard.ui.common.change.WriteAccess;
import app.switchboard.ui.common.table.StatusBadge;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.ToggleSwitch;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The cells of the entitlements tree. Every cell draws from a {@link Shown} snapshot that changes
 * whenever the row's entitlement is replaced by the server's answer, so the whole row re-renders
 * from what the server said.
 */
final class EntitlementCells {
    private final EntitlementTexts texts;
    private final WriteAccess writeAccess;

    /** What a cell draws: the line, and for an entitlement its current state. */
    record Shown(DetailLine line, Entitlement entitlement, boolean switching) {
    }

    EntitlementCells(EntitlementTexts texts, WriteAccess writeAccess) {
        this.texts = texts;
        this.writeAccess = writeAccess;
    }

    static ObservableValue<Shown> shown(TreeTableColumn.CellDataFeatures<DetailLine, Shown> cell) {
        DetailLine line = cell.getValue().getValue();
        if (line instanceof EntitlementRow row) {
            return Bindings.createObjectBinding(() -> new Shown(row, row.entitlement(), row.switchingProperty().get()),
                    row.entitlementProperty(), row.switchingProperty());
        }
        return new ReadOnlyObjectWrapper<>(new Shown(line, null, false));
    }

    TreeTableCell<DetailLine, Shown> feature() {
        return new Cell() {
            @Override
            Node draw(Shown shown) {
                if (shown.line() instanceof ItemGroup group) {
                    Label heading = new Label(texts.messages().get("subscriptions.detail.item.group", group.name(),
                            group.rows().size()));
                    heading.getStyleClass().add("item-group");
                    return heading;
                }
                Entitlement e = shown.entitlement();
                FontIcon icon = new FontIcon(typeIcon(e.feature() == null ? null : e.feature().type()));
                icon.getStyleClass().add("feature-type-icon");
                Tooltip.install(icon, new Tooltip(texts.featureType(e.feature())));
                Label name = new Label(texts.featureName(e), icon);
                name.setGraphicTextGap(8);
                name.setTooltip(new Tooltip(texts.featureType(e.feature()) + "\n" + texts.description(e)));
                return name;
            }
        };
    }

    TreeTableCell<DetailLine, Shown> value() {
        return new Cell() {
            @Override
            Node draw(Shown shown) {
                if (shown.entitlement() == null) {
                    return null;
                }
                Label value = new Label(texts.value(shown.entitlement()));
                value.setTooltip(new Tooltip(value.getText()));
                return value;
            }
        };
    }

    TreeTableCell<DetailLine, Shown> validity() {
        return new Cell() {
            @Override
            Node draw(Shown shown) {
                if (shown.entitlement() == null) {
                    return null;
                }
                Label relative = new Label(texts.relative(shown.entitlement()));
                relative.getStyleClass().add("validity-relative");
                return new VBox(1, new Label(texts.window(shown.entitlement())), relative);
            }
        };
    }

    TreeTableCell<DetailLine, Shown> status() {
        return new Cell() {
            @Override
            Node draw(Shown shown) {
                if (shown.entitlement() == null) {
                    return null;
                }
                if (shown.line() instanceof EntitlementRow row && row.isStateUnknown()) {
                    return stateUnknown(row, shown);
                }
                return StatusBadges.entitlement(shown.entitlement().status(), texts.messages());
            }
        };
    }

    /**
     * The switch: its position is the row's {@link EntitlementRow#isOn()}; a click asks
     * {@code onSwitch} for the change and puts the switch back until the server's answer redraws it.
     */
    TreeTableCell<DetailLine, Shown> toggle(BiConsumer<EntitlementRow, Boolean> onSwitch) {
        return new Cell() {
            @Override
            Node draw(Shown shown) {
                if (!(shown.line() instanceof EntitlementRow row)) {
                    return null;
                }
                if (row.isStateUnknown()) {
                    return unknownState(row, shown, onSwitch);
                }
                boolean on = row.isOn();
                ToggleSwitch toggle = new ToggleSwitch();
                toggle.getStyleClass().add("entitlement-switch");
                toggle.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                toggle.setSelected(on);
                boolean blocked = shown.switching() || !row.isSwitchable();
                toggle.setDisable(blocked);
                toggle.setId("switch-" + row.id());
                toggle.setFocusTraversable(true);
                toggle.setAccessibleText(texts.messages().get("subscriptions.toggle.accessible",
                        texts.featureName(shown.entitlement()), texts.status(shown.entitlement().status()),
                        texts.onOff(on), texts.onOff(!on)));
                toggle.selectedProperty().addListener((obs, was, now) -> {
                    if (now != row.isOn()) {
                        toggle.setSelected(row.isOn());
                        onSwitch.accept(row, now);
                    }
                });
                // read-only credentials disable it too, and say why
                HBox box = new HBox(6, blocked ? toggle : writeAccess.guard(toggle, Api.FYNN));
                box.setAlignment(Pos.CENTER_LEFT);
                if (shown.switching()) {
                    Label busy = new Label(texts.messages().get("subscriptions.toggle.busy"));
                    busy.getStyleClass().add("muted");
                    box.getChildren().add(busy);
                }
                return box;
            }
        };
    }

    /**
     * Fynn gave no state: the Status column says "state unknown" in the look and words of a DER
     * feature's (Fynn's own status word, if it sent one Switchboard does not know, in the tooltip).
     */
    private Node stateUnknown(EntitlementRow row, Shown shown) {
        StatusBadge badge = new StatusBadge();
        badge.setId("switchState-" + row.id());
        badge.showStateUnknown(texts.messages());
        badge.setAccessibleText(texts.featureName(shown.entitlement()) + ": " + badge.words());
        if (shown.entitlement().status() != null) {
            badge.setTooltip(new Tooltip(shown.entitlement().status().value()));
        }
        return badge;
    }

    /**
     * No position to show: explicit "Switch on" / "Switch off", one above the other as the column
     * is narrow; the server's answer then redraws the row.
     */
    private Node unknownState(EntitlementRow row, Shown shown, BiConsumer<EntitlementRow, Boolean> onSwitch) {
        VBox box = new VBox(4);
        box.getChildren().setAll(UnknownStateActions.of("switch", row.id(), texts.featureName(shown.entitlement()),
                shown.entitlement().itemName(), texts.messages(), writeAccess, Api.FYNN, on -> onSwitch.accept(row, on)));
        box.setDisable(shown.switching() || !row.isSwitchable());
        if (shown.switching()) {
            Label busy = new Label(texts.messages().get("subscriptions.toggle.busy"));
            busy.getStyleClass().add("muted");
            box.getChildren().add(busy);
        }
        return box;
    }

    static String typeIcon(FeatureType type) {
        if (FeatureType.SWITCH.equals(type)) {
            return "mdi2t-toggle-switch-outline";
        }
        if (FeatureType.CUSTOM.equals(type)) {
            return "mdi2f-format-list-bulleted";
        }
        if (FeatureType.QUANTITY.equals(type)) {
            return "mdi2n-numeric";
        }
        if (FeatureType.RANGE.equals(type)) {
            return "mdi2a-arrow-expand-horizontal";
        }
        return "mdi2h-help-circle-outline";
    }

    /** A cell that draws its graphic from the snapshot. */
    private abstract static class Cell extends TreeTableCell<DetailLine, Shown> {
        abstract Node draw(Shown shown);

        @Override
        protected void updateItem(Shown shown, boolean empty) {
            super.updateItem(shown, empty);
            setText(null);
            setGraphic(empty || shown == null ? null : draw(shown));
        }
    }
}
