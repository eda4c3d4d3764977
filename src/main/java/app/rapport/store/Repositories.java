package app.rapport.store;

import app.rapport.domain.Change;
import org.jdbi.v3.core.Handle;

/** The repositories of one transaction. */
public final class Repositories {

    private final Handle handle;
    private final Change.Recorder changes;

    Repositories(Handle handle, Change.Recorder changes) {
        this.handle = handle;
        this.changes = changes;
    }

    /** The transaction's own connection, for the store's checks. */
    Handle handle() {
        return handle;
    }

    public ContactRepository contacts() {
        return new ContactRepository(handle, changes);
    }

    public TrashRepository trash() {
        return new TrashRepository(handle, changes);
    }

    public OutreachRepository outreach() {
        return new OutreachRepository(handle, changes);
    }

    public CampaignRepository campaigns() {
        return new CampaignRepository(handle, changes);
    }

    public DealRepository deals() {
        return new DealRepository(handle, changes);
    }

    public TemplateRepository templates() {
        return new TemplateRepository(handle, changes);
    }

    public ChangeLogRepository changes() {
        return new ChangeLogRepository(handle);
    }

    public SavedViewRepository savedViews() {
        return new SavedViewRepository(handle, changes);
    }

    public SettingsRepository settings() {
        return new SettingsRepository(handle, changes);
    }
}
