package app.rapport.ui.contacts;

import app.rapport.domain.Countries;
import app.rapport.domain.Influencer;
import app.rapport.domain.OutreachStatus;
import app.rapport.domain.Platform;
import app.rapport.domain.search.ContactQuery;
import app.rapport.domain.search.ContactSearch;
import app.rapport.domain.search.QueryKey;
import app.rapport.domain.search.QueryTerm;
import app.rapport.domain.text.Messages;
import app.rapport.service.SearchService;
import app.rapport.ui.common.ContactBook;
import app.rapport.ui.common.Texts;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;

/**
 * The search box and the filter chips of the contacts screen. The text is the truth: a chip's choice rewrites
 * its part of the text, and typing sets the chips, so both always say the same.
 */
public final class SearchViewModel {

    // Properties
    private final StringProperty queryText = new SimpleStringProperty(this, "queryText", "");
    private final ReadOnlyStringWrapper errorText = new ReadOnlyStringWrapper(this, "errorText", "");
    private final ReadOnlyObjectWrapper<Predicate<Influencer>> predicate =
            new ReadOnlyObjectWrapper<>(this, "predicate");
    private final ReadOnlyObjectWrapper<ContactSearch.Compiled> compiledSearch =
            new ReadOnlyObjectWrapper<>(this, "compiledSearch");
    private final ReadOnlyObjectWrapper<List<String>> words = new ReadOnlyObjectWrapper<>(this, "words", List.of());

    private final ContactBook book;
    private final List<FilterChip> chips;
    private boolean syncing;

    public SearchViewModel(ContactBook book) {
        this.book = book;
        this.chips = List.of(
                newChip(QueryKey.STATUS, "contacts.search.statusChip", "contacts.search.statusAny",
                        Arrays.stream(OutreachStatus.values())
                                .map(s -> option(s.label(), s.name().toLowerCase(Locale.ROOT))).toList()),
                newChip(QueryKey.PLATFORM, "contacts.search.platformChip", "contacts.search.platformAny",
                        Arrays.stream(Platform.values())
                                .map(p -> option(p.label(), p.name().toLowerCase(Locale.ROOT))).toList()),
                newChip(QueryKey.TAG, "contacts.search.nicheChip", "contacts.search.nicheAny", List.of()),
                newChip(QueryKey.FOLLOWERS, "contacts.search.followersChip", "contacts.search.followersAny", List.of(
                        offered("contacts.search.followersUnder10k", "<10k"),
                        offered("contacts.search.followers10kTo50k", "10k..50k"),
                        offered("contacts.search.followers50kTo100k", "50k..100k"),
                        offered("contacts.search.followers100kTo500k", "100k..500k"),
                        offered("contacts.search.followersOver500k", ">500k"))),
                newChip(QueryKey.ENGAGEMENT, "contacts.search.engagementChip", "contacts.search.engagementAny", List.of(
                        offered("contacts.search.engagementUnder1", "<1"),
                        offered("contacts.search.engagement1To3", "1..3"),
                        offered("contacts.search.engagement3To6", "3..6"),
                        offered("contacts.search.engagementOver6", ">6"))),
                newChip(QueryKey.COUNTRY, "contacts.search.countryChip", "contacts.search.countryAny", List.of()),
                newChip(QueryKey.FIT, "contacts.search.fitChip", "contacts.search.fitAny", List.of(
                        offered("contacts.search.fit3OrMore", ">=3"),
                        offered("contacts.search.fit4OrMore", ">=4"),
                        offered("contacts.search.fit5", "5"),
                        offered("contacts.search.fitNotRated", "none"))),
                newChip(QueryKey.FOLLOWUP, "contacts.search.followUpChip", "contacts.search.followUpAny", List.of(
                        offered("contacts.search.followUpOverdue", "overdue"),
                        offered("contacts.search.followUpToday", "today"),
                        offered("contacts.search.followUpDue", "due"),
                        offered("contacts.search.followUpThisWeek", "week"),
                        offered("contacts.search.followUpNone", "none"))),
                newChip(QueryKey.CAMPAIGN, "contacts.search.campaignChip", "contacts.search.campaignAny", List.of()));
        queryText.addListener((obs, old, text) -> textChanged());
        for (FilterChip chip : chips) {
            chip.valueProperty().addListener((obs, old, value) -> chipChanged(chip, value));
        }
        book.contacts().addListener((ListChangeListener<Influencer>) change -> refreshChoices());
        book.factsVersionProperty().addListener((obs, old, version) -> {
            refreshChoices();
            apply(ContactQuery.parse(queryText.get()));
        });
        book.knownTags().addListener((ListChangeListener<String>) change -> refreshChoices());
    }

    /** A chip titled and offering "any" in the words under {@code titleKey} and {@code anyKey}. */
    private static FilterChip newChip(QueryKey key, String titleKey, String anyKey, List<FilterChip.Option> choices) {
        return new FilterChip(key, Texts.text(titleKey), Texts.text(anyKey), choices);
    }

    /** A choice labelled with the words under {@code labelKey}, standing for {@code value} in the search. */
    private static FilterChip.Option offered(String labelKey, String value) {
        return new FilterChip.Option(Texts.text(labelKey), value);
    }

    private static FilterChip.Option option(String label, String value) {
        return new FilterChip.Option(label, value);
    }

    // Commands

    /** Clears the search: everyone is shown. */
    public void clear() {
        queryText.set("");
    }

    private void textChanged() {
        ContactQuery query = ContactQuery.parse(queryText.get());
        if (!syncing) {
            syncing = true;
            try {
                for (FilterChip chip : chips) {
                    chip.valueProperty().set(query.terms().stream()
                            .filter(t -> t.key() == chip.key() && !t.negated()).findFirst()
                            .map(QueryTerm::rawValue).orElse(null));
                }
            } finally {
                syncing = false;
            }
        }
        apply(query);
    }

    private void chipChanged(FilterChip chip, String value) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            queryText.set(ContactQuery.withTerm(queryText.get(), chip.key(), value));
        } finally {
            syncing = false;
        }
    }

    private void apply(ContactQuery query) {
        ContactSearch.Compiled compiled = book.search().compile(query);
        errorText.set(SearchService.errorLine(query, compiled));
        words.set(query.words());
        compiledSearch.set(query.isEmpty() ? null : compiled);
        predicate.set(query.isEmpty() ? null : compiled.predicate());
    }

    private void refreshChoices() {
        for (FilterChip chip : chips) {
            switch (chip.key()) {
                case TAG -> chip.setChoices(book.knownTags().stream().map(t -> option(t, t)).toList());
                case COUNTRY -> chip.setChoices(book.contacts().stream().map(Influencer::country)
                        .filter(Objects::nonNull).distinct()
                        .map(code -> option(Countries.displayName(code, Messages.locale()), code))
                        .sorted(Comparator.comparing(FilterChip.Option::label)).toList());
                case CAMPAIGN -> chip.setChoices(book.search().facts().campaignNames().stream().sorted()
                        .map(name -> option(name, name)).toList());
                default -> {
                    // fixed choices
                }
            }
        }
    }

    // Properties

    /** The search as typed. */
    public StringProperty queryTextProperty() {
        return queryText;
    }

    /** What is wrong with the search, in a sentence; "" when nothing is. */
    public ReadOnlyStringProperty errorTextProperty() {
        return errorText.getReadOnlyProperty();
    }

    /** The test the table applies; {@code null} keeps everyone. */
    /** The search as typed, compiled to filter a whole list at once; null when the box is empty. */
    public ReadOnlyObjectProperty<ContactSearch.Compiled> compiledSearchProperty() {
        return compiledSearch.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Predicate<Influencer>> predicateProperty() {
        return predicate.getReadOnlyProperty();
    }

    /** The words to highlight in the table, folded. */
    public ReadOnlyObjectProperty<List<String>> wordsProperty() {
        return words.getReadOnlyProperty();
    }

    public List<FilterChip> chips() {
        return chips;
    }

    public FilterChip chip(QueryKey key) {
        return chips.stream().filter(c -> c.key() == key).findFirst().orElseThrow();
    }
}
