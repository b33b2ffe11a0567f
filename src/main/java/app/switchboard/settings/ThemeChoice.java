package app.switchboard.settings;

/** The operator's choice of colours; {@link #SYSTEM} follows the desktop's light or dark preference. */
public enum ThemeChoice {
    LIGHT, DARK, SYSTEM
}
