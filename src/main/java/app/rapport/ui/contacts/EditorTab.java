package app.rapport.ui.contacts;

/** The tabs of the contact form. */
public enum EditorTab {
    PROFILE, OUTREACH, DEALS
}
