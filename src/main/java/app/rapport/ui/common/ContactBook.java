package app.rapport.ui.common;

import app.rapport.domain.Influencer;
import app.rapport.domain.search.ContactSearch;
import app.rapport.domain.search.SearchFacts;
import app.rapport.domain.Change;
import app.rapport.domain.Change.Kind;
import app.rapport.service.ChangeFeed;
import app.rapport.service.ContactService;
import app.rapport.service.OutreachService;
import app.rapport.service.SearchService;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The contacts every screen shows, held once: the table, the pipeline board and the Today list
 * all read this list, so a change made on one screen shows on the others at once.
 */
public final class ContactBook {

    private final ObservableList<Influencer> contacts = FXCollections.observableArrayList();
    private final ObservableList<String> knownTags = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");

    private final ContactSearch search = new ContactSearch(SearchFacts.onlyToday(LocalDate.now()));
    private final ReadOnlyIntegerWrapper factsVersion = new ReadOnlyIntegerWrapper(this, "factsVersion");
    private final ContactService contactService;
    private final SearchService searchService;
    private final UndoHistory history;
    private final OutreachService outreachService;
    private final Background background;
    private final DialogService dialogs;
    private boolean firstPageAsked;

    /** Follows {@code changes}, so that whatever changes contacts, here or (in a team) elsewhere, shows here. */
    public ContactBook(ContactService contactService, OutreachService outreachService, SearchService searchService,
            ChangeFeed changes, Background background, DialogService dialogs, StatusLine status) {
        this.history = new UndoHistory(background, dialogs, status::show);
        this.contactService = contactService;
        this.searchService = searchService;
        this.outreachService = outreachService;
        this.background = background;
        this.dialogs = dialogs;
        changes.follow(change -> background.onUi(() -> follow(change)));
    }

    private record Loaded(List<Influencer> contacts, List<String> tags, SearchFacts facts) {
    }

    /** How many contacts the first load shows at once, before the rest are read. */
    private static final int FIRST_PAGE = 200;

    /**
     * Shows the first page of contacts as soon as it is read, so a workspace of 100,000 contacts opens with its
     * table filled; {@link #load} reads the rest. Does nothing once contacts are there or a page is on its way.
     */
    public void loadFirstPage() {
        if (firstPageAsked || loaded.get() || !contacts.isEmpty()) {
            return;
        }
        firstPageAsked = true;
        background.run(() -> contactService.firstContacts(FIRST_PAGE), page -> {
            if (!loaded.get()) {
                contacts.setAll(page);
            }
        }, failure -> dialogs.showError(Errors.describe(failure, "load the contacts",
                "common.errors.loadContacts")));
    }

    /**
     * Loads every contact, after the no-reply rule has planned the follow-ups it should; the first time, the first
     * page shows while the rest are read.
     */
    public void load(Runnable then) {
        loadFirstPage();
        background.run(() -> {
            outreachService.applyNoReplyRule();
            return new Loaded(contactService.listContacts(), contactService.knownTags(), searchService.facts());
        }, result -> {
            setFacts(result.facts());
            contacts.setAll(result.contacts());
            knownTags.setAll(result.tags());
            loaded.set(true);
            SearchFacts facts = search.facts();
            List<Influencer> all = List.copyOf(contacts);
            background.run(() -> ContactSearch.prepare(all, facts), prepared -> {
                search.adopt(prepared);
                handBackWhatTheLoadUsed(all.size());
            }, failure -> { });
            then.run();
        }, failure -> dialogs.showError(Errors.describe(failure, "load the contacts",
                "common.errors.loadContacts")));
    }

    /**
     * Reads again the contacts a committed change names, and only those, and puts them in place: changed ones
     * replaced, gone ones removed, new ones added, with the table keeping its selection and scroll position.
     * Campaign and deal changes alter what searches know ({@code campaign:}), so those are read again too.
     */
    private void follow(Change change) {
        if (!loaded.get() && !firstPageAsked) {
            return;
        }
        if (change.touches(Kind.CONTACT, Kind.CAMPAIGN, Kind.DEAL)) {
            refreshFacts();
        }
        if (!change.touches(Kind.CONTACT)) {
            return;
        }
        Set<Long> ids = change.ids(Kind.CONTACT);
        background.run(() -> contactService.findContacts(ids), fresh -> merge(ids, fresh),
                failure -> dialogs.showError(Errors.describe(failure, "show the changed contacts",
                        "common.errors.showChangedContacts")));
    }

    /** Where reading the contacts has taken enough memory to be worth a collection of its own. */
    private static final int LARGE_BOOK = 10_000;

    /**
     * Reading a large book and folding it for the search allocate several times what stays (at 100,000 contacts
     * the heap peaks near 600 MB to keep 200): one collection now, with the table already shown, gives that
     * back to the system at once rather than after the idle collection of installer/jvm.options.
     */
    private static void handBackWhatTheLoadUsed(int contacts) {
        if (contacts >= LARGE_BOOK) {
            System.gc();
        }
    }

    /** Puts the contacts as read in place of those shown; those of {@code asked} not read are gone. */
    void merge(Set<Long> asked, List<Influencer> fresh) {
        Map<Long, Influencer> byId = new LinkedHashMap<>();
        fresh.forEach(c -> byId.put(c.id(), c));
        for (int i = contacts.size() - 1; i >= 0; i--) {
            Influencer shown = contacts.get(i);
            if (!asked.contains(shown.id())) {
                continue;
            }
            Influencer now = byId.remove(shown.id());
            if (now == null) {
                contacts.remove(i);
            } else if (!now.equals(shown)) {
                contacts.set(i, now);
                addTags(now);
            }
        }
        contacts.addAll(byId.values());
        byId.values().forEach(this::addTags);
    }

    /** Reads again what searches know beyond the contacts (campaign members, interactions). */
    public void refreshFacts() {
        background.run(searchService::facts, this::setFacts,
                failure -> dialogs.showError(Errors.describe(failure, "refresh the search",
                        "common.errors.refreshSearch")));
    }

    private void setFacts(SearchFacts facts) {
        search.setFacts(facts);
        factsVersion.set(factsVersion.get() + 1);
    }

    /** Undo and redo, shared by every screen that changes contacts. */
    public UndoHistory history() {
        return history;
    }

    /** The search over these contacts, shared by every screen that filters them. */
    public ContactSearch search() {
        return search;
    }

    /** Goes up each time the search facts are replaced, so filters can run again. */
    public ReadOnlyIntegerProperty factsVersionProperty() {
        return factsVersion.getReadOnlyProperty();
    }

    /** Shows a changed or new contact everywhere. */
    public void put(Influencer contact) {
        for (int i = 0; i < contacts.size(); i++) {
            if (Objects.equals(contacts.get(i).id(), contact.id())) {
                contacts.set(i, contact);
                addTags(contact);
                return;
            }
        }
        contacts.add(contact);
        addTags(contact);
    }

    /** Removes a deleted contact everywhere. */
    public void remove(Influencer contact) {
        contacts.removeIf(c -> Objects.equals(c.id(), contact.id()));
    }

    /** The contact with this id as currently shown. */
    public Optional<Influencer> find(long id) {
        return contacts.stream().filter(c -> c.id() == id).findFirst();
    }

    private void addTags(Influencer contact) {
        contact.tags().stream().filter(t -> knownTags.stream().noneMatch(t::equalsIgnoreCase)).forEach(knownTags::add);
        FXCollections.sort(knownTags, String.CASE_INSENSITIVE_ORDER);
    }

    public ObservableList<Influencer> contacts() {
        return contacts;
    }

    public ObservableList<String> knownTags() {
        return knownTags;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}
