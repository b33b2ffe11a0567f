package app.switchboard.ui.links;

import app.switchboard.credentials.Environment;
import app.switchboard.links.ItemLink;
import app.switchboard.links.LinkException;
import app.switchboard.ui.common.fx.FxmlView;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.fx.Navigator;
import app.switchboard.ui.common.notice.Notice;
import app.switchboard.ui.common.notice.Notifier;
import app.switchboard.ui.common.session.EnvironmentSession;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Opens a {@code switchboard://} link in the console: brings the window to the front, says what
 * it opens and where, switches environment only in view (the band changes colour and a notice
 * names both environments), then shows the item in its view. A link to an environment this desk
 * does not have, or a text that is no link, is said in words and nothing else happens; so is a link
 * that arrives while a dialog (a confirmation, a bulk run) is open over the console.
 */
public final class LinkOpener {
    private final EnvironmentSession session;
    private final Navigator navigator;
    private final Notifier notifier;
    private final Messages messages;

    public LinkOpener(EnvironmentSession session, Navigator navigator, Notifier notifier, Messages messages) {
        this.session = session;
        this.navigator = navigator;
        this.notifier = notifier;
        this.messages = messages;
    }

    /** On the JavaFX thread. */
    public void open(String text, Stage window) {
        if (window != null) {
            window.setIconified(false);
            window.toFront();
            window.requestFocus();
        }
        if (text == null || text.isBlank()) {
            return; // a second start without a link: this console comes to the front, that is all
        }
        ItemLink link;
        try {
            link = ItemLink.parse(text);
        } catch (LinkException e) {
            say(Notice.Kind.FAILED, e.words().in(messages.locale()));
            return;
        }
        if (window != null && dialogOpenOver(window)) {
            // the operator cannot switch behind a confirmation or a bulk run by hand either; a change
            // confirmed there must not go out with the band showing another environment
            say(Notice.Kind.REFUSED, messages.get("links.busy", link.text()));
            return;
        }
        Optional<Environment> target = session.environments().stream()
                .filter(environment -> link.environmentId().equals(environment.id())).findFirst();
        if (target.isEmpty()) {
            say(Notice.Kind.FAILED, messages.get("links.unknownEnvironment", link.environmentId(), link.text()));
            return;
        }
        Environment environment = target.get();
        String what = what(link);
        Environment current = session.current();
        if (current == null || !current.id().equals(environment.id())) {
            say(Notice.Kind.INFO, messages.get("links.switching", what, current == null ? "—" : current.name(),
                    environment.name()));
            session.switchTo(environment);
        } else {
            say(Notice.Kind.INFO, messages.get("links.opening", what, environment.name()));
        }
        switch (link.kind()) {
            case ENTITY -> navigator.open(FxmlView.ENTITIES, link.id());
            case SUBSCRIPTION -> navigator.open(FxmlView.SUBSCRIPTIONS, link.id());
            case ENTITLEMENT -> navigator.openEntitlement(link.subscriptionId(), link.id());
        }
    }

    /** A modal window over the console: a confirmation, a bulk run, Ctrl+K. */
    private static boolean dialogOpenOver(Stage window) {
        return Window.getWindows().stream().anyMatch(other -> other.isShowing() && other instanceof Stage stage
                && stage.getModality() != Modality.NONE && ownedBy(stage, window));
    }

    private static boolean ownedBy(Stage stage, Stage window) {
        for (Window owner = stage.getOwner(); owner != null;
                owner = owner instanceof Stage ownerStage ? ownerStage.getOwner() : null) {
            if (owner == window) {
                return true;
            }
        }
        return false;
    }

    private String what(ItemLink link) {
        return messages.get("links.kind." + link.kind().name().toLowerCase(Locale.ROOT), link.id());
    }

    private void say(Notice.Kind kind, String text) {
        notifier.post(Notice.of(kind, messages.get("links.notice.title"), text));
    }
}
