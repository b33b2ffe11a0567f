package app.switchboard.ui.entities;

import static app.switchboard.testsupport.FakeServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.AppContext;
import app.switchboard.testsupport.FakeServer;
import app.switchboard.testsupport.TestEnvironments;
import app.switchboard.ui.common.fx.FxmlView;
import app.switchboard.ui.common.fx.ViewLoader;
import atlantafx.base.controls.Message;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
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

/**
 * The Entities view against a DER Connect that pages without end: the listing stops, the rows
 * already read stay, and the view says in words why the list may be incomplete.
 */
@ExtendWith(ApplicationExtension.class)
class HostileEntityPagingTest {
    private static final String A = "5a554157-5a5a-4547-384c-423033333139";
    private static final String B = "8667fb97-68f2-485a-87c7-f3bdfa9482e1";
    private static final String C = "3c90c3cc-0d44-4b50-8888-8dd25736052a";

    @TempDir
    Path home;
    private final FakeServer server = new FakeServer();
    private AppContext context;
    private EntitiesController controller;
    /** What a page asked for with {@code continuationToken} answers. */
    private volatile java.util.function.Function<String, String> pages = token -> page(List.of(A, B), null);

    @Start
    void start(Stage stage) {
        server.answer(this::answer);
        context = TestEnvironments.sameThreadContext(home, server);
        ViewLoader.LoadedView<EntitiesController> view = context.views().load(FxmlView.ENTITIES);
        controller = view.controller();
        stage.setScene(new Scene(view.root(), 1240, 760));
        stage.show();
    }

    @AfterEach
    void close() {
        context.close();
        server.close();
    }

    @Test
    void aPageOfIdsAlreadyListedStopsTheListingAndTheViewSaysSo(FxRobot robot) {
        pages = token -> token == null ? page(List.of(A, B), "t1") : page(List.of(A, B), "t" + token.length());

        connect(robot);

        Message notice = robot.lookup("#incomplete").queryAs(Message.class);
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getTitle()).isEqualTo("The list may be incomplete");
        assertThat(notice.getDescription()).contains("page 2").contains("nothing but items already listed");
        assertThat(controller.model().list().all()).extracting(EntityRow::id).containsExactly(A, B);
    }

    @Test
    void aPageTokenHandedOutTwiceStopsTheListingAndTheViewSaysSo(FxRobot robot) {
        pages = token -> token == null ? page(List.of(A), "again") : page(List.of(B, C), "again");

        connect(robot);

        Message notice = robot.lookup("#incomplete").queryAs(Message.class);
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getDescription()).contains("page token it had already given");
        assertThat(controller.model().list().all()).extracting(EntityRow::id).containsExactly(A, B, C);
    }

    @Test
    void aListingThatEndsAsTheServerSaysShowsNoNotice(FxRobot robot) {
        connect(robot);

        assertThat(robot.lookup("#incomplete").queryAs(Message.class).isVisible()).isFalse();
        assertThat(controller.model().list().all()).hasSize(2);
    }

    private void connect(FxRobot robot) {
        robot.interact(() -> context.session().switchTo(context.session().environments().get(0)));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    private MockResponse answer(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        if (path.equals(TestEnvironments.TOKEN_PATH)) {
            return json(200, TestEnvironments.token("token-1", 3600));
        }
        if (path.equals("/der/v1/entities")) {
            return json(200, pages.apply(request.getUrl().queryParameter("continuationToken")));
        }
        if (path.startsWith("/der/v1/entities/") && path.endsWith("/features")) {
            return json(200, "[{\"feature\":\"CaptureChargeSessions\",\"isEnabled\":false}]");
        }
        if (path.startsWith("/der/v1/entities/")) {
            return json(200, TestEnvironments.entity(path.substring("/der/v1/entities/".length())));
        }
        return json(404, "{}");
    }

    private static String page(List<String> ids, String next) {
        String data = String.join(",", ids.stream().map(TestEnvironments::entity).toList());
        return "{\"data\":[" + data + "],\"links\":{\"next\":" + (next == null ? "null" : "\"x\"") + "},\"meta\":{"
                + "\"continuationToken\":" + (next == null ? "null" : "\"" + next + "\"") + ",\"pageSize\":25}}";
    }
}
