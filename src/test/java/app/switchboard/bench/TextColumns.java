package app.switchboard.bench;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;

/** Stock text columns (a cell value factory per column) for the harness's tables. */
public final class TextColumns {
    private TextColumns() {
    }

    public static <R> TableColumn<R, String> of(String title, Function<R, String> value, double width) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(value.apply(data.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
