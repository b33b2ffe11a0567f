package app.switchboard.ui.subscriptions;

import static app.switchboard.testsupport.FakeServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.AppContext;
import app.switchboard.testsupport.FakeServer;
import app.switchboard.testsupport.TestEnvironments;
import app.switchboard.ui.common.fx.FxmlView;
import app.switchboard.ui.common.fx.Navigator;
import app.switchboard.ui.common.fx.ViewLoader;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A link (or Ctrl+K) opens a subscription that is not on the page shown: it is fetched by id. A
 * Fynn that answers with a subscription carrying no id at all must not have that shown as the one
 * the link named.
 */
@ExtendWith(ApplicationExtension.class)
class HostileSubscriptionLinkTest {
    private static final String META = ",\"meta\":{\"pagination\":{\"totalItems\":0,\"itemsPerPage\":25,\"currentPage\":1,\"lastPage\":1}}}";

    @TempDir
    Path home;
    private final FakeServer server = new FakeServer();
    private AppContext context;
    private SubscriptionsController controller;

    @Start
    void start(Stage stage) {
        server.answer(this::answer);
        context = TestEnvironments.sameThreadContext(home, server);
        ViewLoader.LoadedView<SubscriptionsController> view = context.views().load(FxmlView.SUBSCRIPTIONS);
        controller = view.controller();
        stage.setScene(new Scene(view.root(), 1240, 760));
        stage.show();
    }

    @AfterEach
    void close() {
        context.close();
        server.close();
    }

    private MockResponse answer(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        if (path.equals(TestEnvironments.TOKEN_PATH)) {
            return json(200, TestEnvironments.token("token-1", 3600));
        }
        if (path.equals("/fynn/subscriptions")) {
            return json(200, "{\"data\":[]" + META);
        }
        if (path.equals("/fynn/subscriptions/sub-wanted")) {
            return json(200, "{\"number\":\"S-OTHER\",\"status\":\"active\"}");
        }
        return json(404, "{\"message\":\"not found\"}");
    }

    @Test
    void aSubscriptionFetchedForALinkWithoutAnIdIsSaidAndNotShown(FxRobot robot) {
        robot.interact(() -> context.session().switchTo(context.session().environments().get(0)));
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> context.service(Navigator.class).open(FxmlView.SUBSCRIPTIONS, "sub-wanted"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#detailHeading").tryQuery().map(node -> ((Label) node).getText()).orElse(""))
                .doesNotContain("S-OTHER");
        assertThat(controller.model().problemProperty().get()).startsWith("Fynn did not send subscription sub-wanted");
    }
}
