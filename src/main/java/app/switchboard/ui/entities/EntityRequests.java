package app.switchboard.ui.entities;

import app.switchboard.ui.common.fx.FxmlView;
import app.switchboard.ui.common.fx.Navigator;
import app.switchboard.ui.common.table.ScrollIntoView;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableView;

/**
 * Shows an entity another part of the console asked for (Ctrl+K, a link): selects its row, which
 * shows its detail. The list may still be loading when the request comes; the row is selected
 * when it arrives. When the whole list is loaded without it, the id goes into the search, so the
 * table says that nothing loaded matches rather than showing another entity.
 */
final class EntityRequests {
    private final EntityList list;
    private final TableView<EntityRow> table;
    private final Runnable clearFilters;
    private final Consumer<String> searchFor;
    private String wanted;

    private EntityRequests(EntityList list, TableView<EntityRow> table, Runnable clearFilters, Consumer<String> searchFor) {
        this.list = list;
        this.table = table;
        this.clearFilters = clearFilters;
        this.searchFor = searchFor;
    }

    static void follow(Navigator navigator, EntityList list, TableView<EntityRow> table, Runnable clearFilters,
                       Consumer<String> searchFor) {
        EntityRequests requests = new EntityRequests(list, table, clearFilters, searchFor);
        navigator.addListener(request -> {
            if (request.view() == FxmlView.ENTITIES) {
                requests.take(navigator);
            }
        });
        list.visible().addListener((ListChangeListener<EntityRow>) change -> requests.showWanted());
        list.stateProperty().addListener((obs, old, now) -> requests.showWanted());
        requests.take(navigator);
    }

    private void take(Navigator navigator) {
        navigator.takePending(FxmlView.ENTITIES).ifPresent(id -> {
            wanted = id;
            showWanted();
        });
    }

    private void showWanted() {
        if (wanted == null) {
            return;
        }
        String id = wanted;
        EntityRow row = list.all().stream().filter(r -> id.equals(r.id())).findFirst().orElse(null);
        if (row == null) {
            if (list.stateProperty().get() == LoadState.LOADED) {
                wanted = null;
                searchFor.accept(id);
            }
            return;
        }
        wanted = null;
        if (!list.visible().contains(row)) {
            clearFilters.run();
        }
        int index = table.getItems().indexOf(row);
        if (index >= 0) {
            table.getSelectionModel().clearAndSelect(index);
            table.getFocusModel().focus(index);
            ScrollIntoView.row(table, index);
        }
    }
}
