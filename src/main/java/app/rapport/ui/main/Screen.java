package app.rapport.ui.main;

/**
 * An entry of the navigation sidebar. Later screens (Pipeline, Campaigns, Payments, Dashboard) are added
 * to the list the app builds; the shell takes its buttons and Ctrl+1…9 shortcuts from that list.
 *
 * @param title     the name on the button
 * @param iconCode  an Ikonli Feather icon code, such as "fth-users"
 */
public record Screen(String title, String iconCode) {

    /** Where the outreach stands at a glance; opens first once the workspace has contacts. */
    public static final Screen DASHBOARD = new Screen("Dashboard", "fth-bar-chart-2");
    /** The contact book. */
    public static final Screen CONTACTS = new Screen("Contacts", "fth-users");
    /** Follow-ups due: overdue, today, this week. */
    public static final Screen TODAY = new Screen("Today", "fth-sun");
    /** The outreach board. */
    public static final Screen PIPELINE = new Screen("Pipeline", "fth-columns");
    /** Campaign planning: budget, shortlist, timeline. */
    public static final Screen CAMPAIGNS = new Screen("Campaigns", "fth-flag");
    /** Instalments due, overdue and paid. */
    public static final Screen PAYMENTS = new Screen("Payments", "fth-credit-card");
    /** Brand, follow-up rule and message templates. */
    public static final Screen SETTINGS = new Screen("Settings", "fth-settings");
}
