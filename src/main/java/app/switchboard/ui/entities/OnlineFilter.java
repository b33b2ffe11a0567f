package app.switchboard.ui.entities;

/**
 * The online chip: every entity, only those online, or only those offline or never seen (the
 * entity list tests it on each row's online state, {@code SearchText}).
 */
public enum OnlineFilter {
    ANY, ONLINE, OFFLINE
}
