package app.switchboard.ui.entities;

/** How a part of the detail panel that loads on its own (features, charge sessions) stands. */
public enum PartState {
    HIDDEN, LOADING, LOADED, FAILED
}
