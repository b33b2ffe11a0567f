package app.switchboard.ui.subscriptions;

import app.switchboard.sandbox.FynnModel;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Tests of the view models on a fresh sandbox per test: the list model, and opening a subscription. */
abstract class SandboxListTest {
    @TempDir
    Path home;
    SandboxWorkspace workspace;
    SubscriptionsViewModel list;

    @BeforeEach
    void openWorkspace() {
        workspace = new SandboxWorkspace(home);
        list = workspace.listModel();
    }

    @AfterEach
    void closeWorkspace() {
        workspace.close();
    }

    /** Finds the subscription by its number, as an operator would, and opens it. */
    SubscriptionDetailViewModel opened(FynnModel.Subscription s) {
        list.search(s.number());
        list.open(list.rows().get(0));
        return list.detail();
    }
}
