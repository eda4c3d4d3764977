package app.rapport.ui.main;

import app.rapport.ui.common.Texts;

/**
 * An entry of the navigation sidebar. Later screens (Pipeline, Campaigns, Payments, Dashboard) are added
 * to the list the app builds; the shell takes its buttons and Ctrl+1…9 shortcuts from that list.
 *
 * @param id        the screen's name in ids ({@code #nav-contacts}) and in its title's key
 *                  ({@code main.screen.contacts}), the same in every language
 * @param iconCode  an Ikonli Feather icon code, such as "fth-users"
 */
public record Screen(String id, String iconCode) {

    /** Where the outreach stands at a glance; opens first once the workspace has contacts. */
    public static final Screen DASHBOARD = new Screen("dashboard", "fth-bar-chart-2");
    /** The contact book. */
    public static final Screen CONTACTS = new Screen("contacts", "fth-users");
    /** Follow-ups due: overdue, today, this week. */
    public static final Screen TODAY = new Screen("today", "fth-sun");
    /** The outreach board. */
    public static final Screen PIPELINE = new Screen("pipeline", "fth-columns");
    /** Campaign planning: budget, shortlist, timeline. */
    public static final Screen CAMPAIGNS = new Screen("campaigns", "fth-flag");
    /** Instalments due, overdue and paid. */
    public static final Screen PAYMENTS = new Screen("payments", "fth-credit-card");
    /** Brand, follow-up rule and message templates. */
    public static final Screen SETTINGS = new Screen("settings", "fth-settings");

    /** The name on the button, in the user's language. */
    public String title() {
        return Texts.text("main.screen." + id);
    }
}
