package app.switchboard.ui.common.session;

import app.switchboard.capabilities.CapabilityAnnouncements;
import app.switchboard.capabilities.CapabilityProbe;
import app.switchboard.capabilities.CapabilityRegistry;
import app.switchboard.text.Words;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.fx.TaskRunner;
import app.switchboard.ui.common.notice.Notice;
import app.switchboard.ui.common.notice.Notifier;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Probes the inferred DER Connect reads quietly once an environment is connected, and says in a
 * notice what the environment does not offer: once per probe, and again when that changes (a later
 * 404 or 405 included).
 */
public final class CapabilityNotices {
    private static final Logger LOG = LoggerFactory.getLogger(CapabilityNotices.class);

    private CapabilityNotices() {
    }

    /** @param fx where notices are posted: the FX thread, or the calling thread in tests */
    public static void install(EnvironmentSession session, CapabilityRegistry registry, TaskRunner tasks,
                               Notifier notifier, Messages messages, Executor fx) {
        CapabilityProbe probe = new CapabilityProbe(registry);
        CapabilityAnnouncements announcements = new CapabilityAnnouncements();
        session.stateProperty(Api.DER_CONNECT).addListener((obs, was, now) -> {
            if (now != ConnectionState.CONNECTED) {
                return;
            }
            session.connection().ifPresent(connection -> {
                String name = connection.environment().name();
                announcements.probeStarted(name);
                // one notice for the whole probe, however many reads it records
                Runnable ended = () -> announcements.probeEnded(name, registry.all(name))
                        .ifPresent(missing -> post(name, missing, notifier, messages, fx));
                tasks.task(messages.get("capabilities.task.probe", name),
                                progress -> probe.probe(name, connection.der(), null))
                        .onSuccess(found -> ended.run())
                        .onFailure(e -> {
                            LOG.warn("Probing what {} offers failed", name, e);
                            ended.run();
                        })
                        .onCancelled(ended)
                        .start();
            });
        });
        registry.addListener((environment, reads) -> announcements.recordChanged(environment, reads)
                .ifPresent(missing -> post(environment, missing, notifier, messages, fx)));
    }

    private static void post(String environment, List<Words> missing, Notifier notifier, Messages messages, Executor fx) {
        String text = missing.stream().map(messages::text).collect(Collectors.joining("; "))
                + ". " + messages.get("capabilities.notice.adapts");
        fx.execute(() -> notifier.post(Notice.of(Notice.Kind.INFO,
                messages.get("capabilities.notice.title", environment), text)));
    }
}
