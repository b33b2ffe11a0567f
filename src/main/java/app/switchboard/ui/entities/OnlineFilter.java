package app.switchboard.ui.entities;

/** The online chip: every entity, only those online, or only those offline or never seen. */
public enum OnlineFilter {
    ANY, ONLINE, OFFLINE;

    boolean accepts(Boolean online) {
        return switch (this) {
            case ANY -> true;
            case ONLINE -> Boolean.TRUE.equals(online);
            case OFFLINE -> !Boolean.TRUE.equals(online);
        };
    }
}
