package app.rapport.ui.common;

import app.rapport.service.DealService;

/**
 * What a team workspace checks every few seconds, so other people's changes appear without a restart: the
 * contacts (replaced in place by the {@link ContactBook}) and the deals, campaigns and shortlists, whose screens
 * are then read again. Each check is one cheap query; nothing is read again while nothing changed.
 */
public final class TeamWatch {

    private final ContactBook book;
    private final DealService deals;
    private final Background background;
    private final Runnable dealsOrCampaignsChanged;
    private String dealMark;
    private boolean checking;

    public TeamWatch(ContactBook book, DealService deals, Background background, Runnable dealsOrCampaignsChanged) {
        this.book = book;
        this.deals = deals;
        this.background = background;
        this.dealsOrCampaignsChanged = dealsOrCampaignsChanged;
        background.run(deals::changeMark, mark -> dealMark = mark, failure -> { });
    }

    /** Asks whether anyone changed contacts, deals, campaigns or shortlists, and shows what they changed. */
    public void check() {
        book.checkForChanges();
        if (checking) {
            return;
        }
        checking = true;
        background.run(deals::changeMark, mark -> {
            checking = false;
            boolean changed = dealMark != null && !mark.equals(dealMark);
            dealMark = mark;
            if (changed) {
                dealsOrCampaignsChanged.run();
            }
        }, failure -> checking = false);
    }
}
