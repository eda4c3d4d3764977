package app.rapport.ui.common;

import app.rapport.service.DealService;

/**
 * What a team workspace checks every few seconds, so other people's changes appear without a restart: the
 * contacts (replaced in place by the {@link ContactBook}) and the deals and shortlists, whose screens are then
 * read again. Each check is one cheap query; nothing is read again while nothing changed.
 */
public final class TeamWatch {

    private final ContactBook book;
    private final DealService deals;
    private final Background background;
    private final Runnable dealsChanged;
    private String dealMark;
    private boolean checking;

    public TeamWatch(ContactBook book, DealService deals, Background background, Runnable dealsChanged) {
        this.book = book;
        this.deals = deals;
        this.background = background;
        this.dealsChanged = dealsChanged;
        background.run(deals::changeMark, mark -> dealMark = mark, failure -> { });
    }

    /** Asks whether anyone changed contacts, deals or shortlists, and shows what they changed. */
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
                dealsChanged.run();
            }
        }, failure -> checking = false);
    }
}
