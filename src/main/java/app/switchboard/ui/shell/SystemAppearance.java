package app.switchboard.ui.shell;

/** Whether the desktop prefers dark colours. Blocking (it may ask the OS); call it in the background. */
@FunctionalInterface
public interface SystemAppearance {
    boolean prefersDark();
}
