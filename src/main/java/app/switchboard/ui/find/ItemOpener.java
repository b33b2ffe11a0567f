package app.switchboard.ui.find;

import app.switchboard.find.Found;
import app.switchboard.ui.common.fx.FxmlView;
import app.switchboard.ui.common.fx.Navigator;

/**
 * Opens a result in the view that shows its kind, with its detail: an entity in Entities, a
 * subscription in Subscriptions, a customer as the Subscriptions list searched for its number
 * (customers have no view of their own) with the first subscription open, a feature in Review's
 * feature catalogue.
 */
public final class ItemOpener {
    private ItemOpener() {
    }

    public static void open(Found found, Navigator navigator) {
        switch (found.kind()) {
            case ENTITY -> navigator.open(FxmlView.ENTITIES, found.id());
            case SUBSCRIPTION -> navigator.open(FxmlView.SUBSCRIPTIONS, found.id());
            case CUSTOMER -> navigator.openSearch(FxmlView.SUBSCRIPTIONS, found.item().customerSearch());
            case FEATURE -> navigator.open(FxmlView.REVIEW, found.id());
        }
    }
}
