package app.switchboard.ui.common.session;

import app.switchboard.capabilities.CapabilityProbe;
import app.switchboard.capabilities.CapabilityRegistry;
import app.switchboard.credentials.Environment;
import app.switchboard.ops.EnvironmentConnection;
import app.switchboard.text.Words;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.fx.TaskRunner;
import app.switchboard.ui.common.notice.Notice;
import app.switchboard.ui.common.notice.Notifier;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * Probes the inferred DER Connect reads quietly once an environment is connected, and says in a
 * notice what the environment does not offer, whenever that changes (a later 404 or 405 included).
 */
public final class CapabilityNotices {
    private CapabilityNotices() {
    }

    /** @param fx where notices are posted: the FX thread, or the calling thread in tests */
    public static void install(EnvironmentSession session, CapabilityRegistry registry, TaskRunner tasks,
                               Notifier notifier, Messages messages, Executor fx) {
        CapabilityProbe probe = new CapabilityProbe(registry);
        session.stateProperty(Api.DER_CONNECT).addListener((obs, was, now) -> {
            if (now != ConnectionState.CONNECTED) {
                return;
            }
            session.connection().ifPresent(connection -> probeQuietly(connection, probe, tasks, messages));
        });
        registry.addListener((environment, reads) -> {
            List<Words> missing = CapabilityRegistry.missing(reads);
            if (missing.isEmpty()) {
                return;
            }
            String text = missing.stream().map(messages::text).collect(Collectors.joining("; "))
                    + ". " + messages.get("capabilities.notice.adapts");
            fx.execute(() -> notifier.post(Notice.of(Notice.Kind.INFO,
                    messages.get("capabilities.notice.title", environment), text)));
        });
    }

    private static void probeQuietly(EnvironmentConnection connection, CapabilityProbe probe, TaskRunner tasks,
                                     Messages messages) {
        Environment environment = connection.environment();
        tasks.task(messages.get("capabilities.task.probe", environment.name()),
                progress -> probe.probe(environment.name(), connection.der(), null)).start();
    }
}
