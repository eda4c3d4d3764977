package app.rapport.service;

import app.rapport.domain.Campaign;
import app.rapport.domain.Influencer;
import app.rapport.domain.RuleViolation;
import app.rapport.domain.search.ContactQuery;
import app.rapport.domain.search.ContactSearch;
import app.rapport.domain.search.QueryError;
import app.rapport.domain.search.SavedView;
import app.rapport.domain.search.SearchFacts;
import app.rapport.domain.text.DomainTexts;
import app.rapport.store.Database;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Finding contacts: the facts a search needs, searches run for the command line, and saved views. */
public final class SearchService {

    private static final String TABLE_LAYOUT = "contacts.table.layout";

    private final Database database;
    private final Clock clock;

    public SearchService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Interaction summaries and campaign memberships of every contact, as of now. */
    public SearchFacts facts() {
        return database.inTransaction(repos -> {
            Map<Long, Set<String>> campaigns = repos.campaigns().campaignNamesByContact();
            Set<String> names = repos.campaigns().findAll().stream().map(Campaign::name)
                    .collect(Collectors.toSet());
            return new SearchFacts(LocalDate.now(clock), repos.outreach().interactionSummaries(), campaigns, names);
        });
    }

    /**
     * The contacts a search keeps, oldest first, as the contacts screen would show them.
     *
     * @throws RuleViolation when part of the search cannot be used, saying which and why
     */
    public List<Influencer> find(String query) {
        ContactQuery parsed = ContactQuery.parse(query);
        ContactSearch search = new ContactSearch(facts());
        ContactSearch.Compiled compiled = search.compile(parsed);
        List<QueryError> errors = errors(parsed, compiled);
        if (!errors.isEmpty()) {
            QueryError first = errors.get(0);
            throw new RuleViolation(DomainTexts.text("search.problem", parsed.text().substring(first.start(),
                    Math.min(first.end(), parsed.text().length())), first.message()));
        }
        List<Influencer> all = database.inTransaction(repos -> repos.contacts().findAll());
        return all.stream().filter(compiled.predicate()).toList();
    }

    /**
     * What the line under the search box says about a search as typed: its first problem, and how many more;
     * empty when every part of it can be used.
     */
    public static String errorLine(ContactQuery parsed, ContactSearch.Compiled compiled) {
        List<QueryError> errors = errors(parsed, compiled);
        return errors.isEmpty() ? "" : errors.get(0).message()
                + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "");
    }

    /** The problems of a search, those of its wording first, then those of what it asks for. */
    private static List<QueryError> errors(ContactQuery parsed, ContactSearch.Compiled compiled) {
        List<QueryError> errors = new ArrayList<>(parsed.errors());
        errors.addAll(compiled.errors());
        return errors;
    }

    /** The saved views with these ids that still exist, in the sidebar's order. */
    public List<SavedView> viewsWithIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : database.inTransaction(repos -> repos.savedViews().findByIds(ids));
    }

    /** The saved views, in sidebar order. */
    public List<SavedView> views() {
        return database.inTransaction(repos -> repos.savedViews().findAll());
    }

    /**
     * Saves a new or changed view and returns the list as it now stands.
     *
     * @throws RuleViolation for a missing name, a name too long or one in use
     */
    public List<SavedView> saveView(SavedView view) {
        if (view.name().isEmpty()) {
            throw new RuleViolation(DomainTexts.text("view.nameMissing"));
        }
        if (view.name().length() > SavedView.MAX_NAME) {
            throw new RuleViolation(DomainTexts.text("view.nameTooLong", SavedView.MAX_NAME));
        }
        return database.inTransaction(repos -> {
            if (repos.savedViews().nameTaken(view.name(), view.id())) {
                throw new RuleViolation(DomainTexts.text("view.nameTaken", view.name()));
            }
            repos.savedViews().save(view);
            return repos.savedViews().findAll();
        });
    }

    /** Deletes a view and returns the list as it now stands. */
    public List<SavedView> deleteView(long id) {
        return database.inTransaction(repos -> {
            repos.savedViews().delete(id);
            return repos.savedViews().findAll();
        });
    }

    /** Moves a view up ({@code -1}) or down ({@code +1}) the list and returns the list as it now stands. */
    public List<SavedView> moveView(long id, int by) {
        return database.inTransaction(repos -> {
            List<SavedView> views = new ArrayList<>(repos.savedViews().findAll());
            int from = -1;
            for (int i = 0; i < views.size(); i++) {
                if (views.get(i).id() == id) {
                    from = i;
                }
            }
            int to = from + by;
            if (from >= 0 && to >= 0 && to < views.size()) {
                views.add(to, views.remove(from));
                repos.savedViews().reorder(views.stream().map(SavedView::id).toList());
            }
            return repos.savedViews().findAll();
        });
    }

    /** The contacts table's columns as the user last left them ("" when never changed). */
    public String tableLayout() {
        return database.inTransaction(repos -> repos.settings().get(TABLE_LAYOUT).orElse(""));
    }

    public void rememberTableLayout(String layout) {
        database.inTransaction(repos -> {
            repos.settings().put(TABLE_LAYOUT, layout);
            return null;
        });
    }
}
