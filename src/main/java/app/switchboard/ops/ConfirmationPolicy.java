package app.switchboard.ops;

import app.switchboard.credentials.Environment;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides when a change must be confirmed. Production always asks and never offers "don't ask
 * again"; an environment that requires a reason always asks too, because the dialog is where the
 * reason is typed. Elsewhere the setting decides, and "don't ask again" silences single changes in
 * that environment for the rest of the session. A batch always asks: its reach is the reason to
 * look twice.
 */
public final class ConfirmationPolicy {
    private final ConfirmationSettings settings;
    private final Set<String> silenced = ConcurrentHashMap.newKeySet();

    public ConfirmationPolicy(ConfirmationSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public boolean needsConfirmation(Environment environment, boolean dangerous) {
        if (environment.risk().alwaysConfirms() || environment.requireReason()) {
            return true;
        }
        if (silenced.contains(environment.name())) {
            return false;
        }
        return switch (settings.modeFor(environment)) {
            case ALWAYS -> true;
            case DISABLES_ONLY -> dangerous;
            case NEVER -> false;
        };
    }

    public boolean reasonRequired(Environment environment) {
        return environment.requireReason();
    }

    public boolean mayOfferDontAskAgain(Environment environment) {
        return !environment.risk().alwaysConfirms() && !environment.requireReason();
    }

    /** Honoured only where it may be offered, so a misbehaving dialog cannot silence production. */
    public void dontAskAgain(Environment environment) {
        if (mayOfferDontAskAgain(environment)) {
            silenced.add(environment.name());
        }
    }

    public boolean isSilenced(Environment environment) {
        return silenced.contains(environment.name());
    }

    /** Starts asking again everywhere, e.g. when the operator turns confirmations back on. */
    public void askAgain() {
        silenced.clear();
    }
}
