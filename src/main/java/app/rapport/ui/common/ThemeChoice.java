package app.rapport.ui.common;

/** How the window looks: as the computer does, or always light, or always dark. */
public enum ThemeChoice {
    SYSTEM,
    LIGHT,
    DARK
}
