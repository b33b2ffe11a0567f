package app.switchboard.cli;

import java.util.List;

/** Rows of one kind and the columns to show them in; {@link Output} prints it in any format. */
public record Listing<T>(List<Column<T>> columns, List<T> rows) {

    public Listing {
        columns = List.copyOf(columns);
        // not List.copyOf: a server's page may carry a null entry, printed as a row without values
        rows = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(rows));
    }
}
