package app.switchboard.ui.entities;

import app.switchboard.ui.common.fx.Messages;
import java.text.NumberFormat;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The charge sessions of the detail panel as a list of two-line entries: when on the first line, how
 * much and where on the second. Four table columns never fitted the panel's width, so dates
 * were cut short; here each line wraps instead of cutting.
 */
final class ChargeSessionList extends ListView<ChargeSessionRow> {
    /** The cell's padding and the vertical scroll bar. */
    private static final double LIST_SLACK = 36;

    ChargeSessionList(Messages messages, TimeWords time) {
        NumberFormat energy = NumberFormat.getNumberInstance(messages.locale());
        energy.setMaximumFractionDigits(1);
        setId("chargeSessions");
        getStyleClass().add("charge-sessions");
        setPrefHeight(200);
        setAccessibleText(messages.get("entities.detail.sessions"));
        setCellFactory(list -> new SessionCell(messages, time, energy));
    }

    private static final class SessionCell extends ListCell<ChargeSessionRow> {
        private final Messages messages;
        private final TimeWords time;
        private final NumberFormat energy;
        private final Label when = wrapping("charge-session-when");
        private final Label where = wrapping("charge-session-where");
        private final VBox lines;

        SessionCell(Messages messages, TimeWords time, NumberFormat energy) {
            this.messages = messages;
            this.time = time;
            this.energy = energy;
            lines = new VBox(2, when, where);
            // the cell takes the list's width, not its text's, and the lines wrap within it
            setPrefWidth(0);
            listViewProperty().addListener((obs, old, list) -> {
                lines.maxWidthProperty().unbind();
                if (list != null) {
                    lines.maxWidthProperty().bind(list.widthProperty().subtract(LIST_SLACK));
                }
            });
        }

        private static Label wrapping(String style) {
            Label label = new Label();
            label.setWrapText(true);
            // a wrapped line is as tall as its lines, so the cell grows instead of cutting the text
            label.setMinHeight(Region.USE_PREF_SIZE);
            label.getStyleClass().add(style);
            return label;
        }

        @Override
        protected void updateItem(ChargeSessionRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            String start = time.dateTime(row.start(), null);
            String end = time.dateTime(row.end(), row.start());
            String kwh = row.energyKwh() == null ? "—"
                    : energy.format(row.energyKwh()) + " " + (row.unit() == null ? "kWh" : row.unit());
            String place = row.location() == null ? "—" : row.location();
            when.setText(start + " – " + end);
            where.setText(kwh + " · " + place);
            setAccessibleText(messages.get("entities.detail.sessions.accessible", start, end, kwh, place));
            setGraphic(lines);
        }
    }
}
