package app.rapport.store;

import org.jdbi.v3.core.Handle;

/** The repositories of one transaction. */
public final class Repositories {

    private final Handle handle;

    Repositories(Handle handle) {
        this.handle = handle;
    }

    /** The transaction's own connection, for the store's checks. */
    Handle handle() {
        return handle;
    }

    public ContactRepository contacts() {
        return new ContactRepository(handle);
    }

    public OutreachRepository outreach() {
        return new OutreachRepository(handle);
    }

    public CampaignRepository campaigns() {
        return new CampaignRepository(handle);
    }

    public DealRepository deals() {
        return new DealRepository(handle);
    }

    public TemplateRepository templates() {
        return new TemplateRepository(handle);
    }

    public ChangeLogRepository changes() {
        return new ChangeLogRepository(handle);
    }

    public SavedViewRepository savedViews() {
        return new SavedViewRepository(handle);
    }

    public SettingsRepository settings() {
        return new SettingsRepository(handle);
    }
}
