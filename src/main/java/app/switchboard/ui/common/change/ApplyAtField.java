package app.switchboard.ui.common.change;

import app.switchboard.text.DateTexts;
import app.switchboard.ui.common.fx.Messages;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.geometry.Pos;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * "Apply at" in the request dialog: an optional date and time in the operator's time zone, read
 * back in the medium date format ("Dec 8, 2026, 9:30 AM") so they see what they chose, and refused
 * in words while it is incomplete, not a time or already past. Empty means "as soon as approved".
 */
final class ApplyAtField {
    private static final List<DateTimeFormatter> TYPED_TIMES = List.of(DateTimeFormatter.ofPattern("H:mm"),
            DateTimeFormatter.ofPattern("H.mm"), DateTimeFormatter.ofPattern("Hmm"));

    private final Messages messages;
    private final Clock clock;
    private final DateTexts dates;
    private final DatePicker date = new DatePicker();
    private final TextField time = new TextField();
    private final Label said = new Label();
    private final ObjectBinding<Reading> reading;

    ApplyAtField(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
        this.dates = DateTexts.of(messages.locale(), clock.getZone());
        date.setId("confirmApplyDate");
        date.setConverter(mediumDates());
        date.setPromptText(messages.get("changes.confirm.applyAt.datePrompt"));
        date.setAccessibleText(messages.get("changes.confirm.applyAt.date"));
        time.setId("confirmApplyTime");
        time.setPromptText(messages.get("changes.confirm.applyAt.timePrompt"));
        time.setAccessibleText(messages.get("changes.confirm.applyAt.time"));
        time.setPrefColumnCount(6);
        said.setId("confirmApplyAtSaid");
        said.setWrapText(true);
        reading = Bindings.createObjectBinding(() -> read(date.getValue(), time.getText()), date.valueProperty(),
                time.textProperty());
        said.textProperty().bind(reading.map(Reading::words));
        reading.addListener((obs, old, now) -> said.getStyleClass().setAll(now.problem()
                ? List.of("label", "confirm-apply-problem") : List.of("label", "confirm-apply-said")));
    }

    VBox node() {
        Label label = new Label(messages.get("changes.confirm.applyAt.label", dates.zone().getId()));
        label.setLabelFor(date);
        label.setWrapText(true);
        HBox inputs = new HBox(8, date, time);
        inputs.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, label, inputs, said);
        box.setId("confirmApplyAt");
        return box;
    }

    /** True while what is typed cannot be used: the confirm button stays disabled and the words say why. */
    BooleanBinding invalid() {
        return Bindings.createBooleanBinding(() -> reading.get().problem(), reading);
    }

    /** The chosen time, null for "as soon as approved"; valid only while {@link #invalid()} is false. */
    Instant value() {
        return reading.get().at();
    }

    private Reading read(LocalDate day, String typed) {
        String t = typed == null ? "" : typed.strip();
        if (day == null && t.isEmpty()) {
            return new Reading(null, false, messages.get("changes.confirm.applyAt.none"));
        }
        if (day == null) {
            return new Reading(null, true, messages.get("changes.confirm.applyAt.needsDate"));
        }
        if (t.isEmpty()) {
            return new Reading(null, true, messages.get("changes.confirm.applyAt.needsTime", dates.date(day)));
        }
        Optional<LocalTime> at = timeOf(t);
        if (at.isEmpty()) {
            return new Reading(null, true, messages.get("changes.confirm.applyAt.notATime", t));
        }
        Instant chosen = day.atTime(at.get()).atZone(dates.zone()).toInstant();
        if (!chosen.isAfter(clock.instant())) {
            return new Reading(null, true, messages.get("changes.confirm.applyAt.passed", dates.dateTime(chosen)));
        }
        return new Reading(chosen, false, messages.get("changes.confirm.applyAt.said", dates.dateTime(chosen),
                dates.zone().getId()));
    }

    /** "9:30", "09.30", "0930", or the short time of the operator's language ("9:30 AM"). */
    private Optional<LocalTime> timeOf(String typed) {
        List<DateTimeFormatter> formats = new java.util.ArrayList<>(TYPED_TIMES);
        formats.add(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(messages.locale()));
        for (DateTimeFormatter format : formats) {
            try {
                return Optional.of(LocalTime.parse(typed.toUpperCase(messages.locale()), format));
            } catch (DateTimeParseException notThisOne) {
                // try the next way of writing it
            }
        }
        return Optional.empty();
    }

    private StringConverter<LocalDate> mediumDates() {
        DateTimeFormatter medium = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate day) {
                return day == null ? "" : medium.format(day);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                for (DateTimeFormatter format : List.of(medium, DateTimeFormatter.ISO_LOCAL_DATE)) {
                    try {
                        return LocalDate.parse(text.strip(), format);
                    } catch (DateTimeParseException notThisOne) {
                        // try the next way of writing it
                    }
                }
                // not a date: the field says "choose a date" instead of taking a guess
                return null;
            }
        };
    }

    private record Reading(Instant at, boolean problem, String words) {
    }
}
