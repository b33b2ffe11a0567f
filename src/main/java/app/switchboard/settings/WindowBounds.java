package app.switchboard.settings;

/** Where the main window was and how big, so it reopens in the same place. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
}
