package app.rapport.service;

import app.rapport.domain.ChangedElsewhereException;
import app.rapport.domain.ContactChanges;
import app.rapport.domain.Influencer;
import app.rapport.domain.InfluencerRules;
import app.rapport.domain.RuleViolation;
import app.rapport.domain.SocialAccount;
import app.rapport.domain.TrashedContact;
import app.rapport.domain.text.DomainTexts;
import app.rapport.store.ChangeLogRepository;
import app.rapport.store.ContactRepository;
import app.rapport.store.Database;
import app.rapport.store.Repositories;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What a user does with the contact book: list, save, delete, load the sample. */
public final class ContactService {

    private static final Logger LOG = LoggerFactory.getLogger(ContactService.class);

    private final Database database;
    private final Clock clock;

    public ContactService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Every contact, oldest first. */
    public List<Influencer> listContacts() {
        return database.inTransaction(repos -> repos.contacts().findAll());
    }

    /** The first contacts in the table's own order, read quickly to show while {@link #listContacts} runs. */
    public List<Influencer> firstContacts(int limit) {
        return database.inTransaction(repos -> repos.contacts().findFirst(limit));
    }

    /** One contact, if it still exists. */
    public Optional<Influencer> findContact(long id) {
        return database.inTransaction(repos -> repos.contacts().findById(id));
    }

    /** These contacts as they are now; those deleted or in the Trash are left out. */
    public List<Influencer> findContacts(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : database.inTransaction(repos -> repos.contacts().findByIds(ids));
    }

    /** Every tag used so far, for autocompletion. */
    public List<String> knownTags() {
        return database.inTransaction(repos -> repos.contacts().findAllTags());
    }

    /** How many contacts there are. */
    public long countContacts() {
        return database.inTransaction(repos -> repos.contacts().count());
    }

    /** Whether there is any contact (outside the Trash), answered without counting them all. */
    public boolean hasContacts() {
        return database.inTransaction(repos -> repos.contacts().any());
    }

    /**
     * Saves a new or changed contact in one transaction and returns it as stored.
     *
     * @throws RuleViolation when the contact breaks a rule, such as a handle another contact already has
     */
    public Influencer save(Influencer contact) {
        InfluencerRules.check(contact);
        Influencer saved = database.inTransaction(repos -> saveIn(repos, contact, now()));
        LOG.info("Saved contact {}", saved.id());
        return saved;
    }

    /** The name the change history records: the computer's user. */
    static String userName() {
        String name = System.getProperty("user.name");
        return name == null || name.isBlank() ? "you" : name;
    }

    /** How long a deleted contact waits in the Trash before it is deleted for good. */
    public static final int TRASH_DAYS = 30;

    /** Moves a contact to the Trash, from where it can be restored; returns whether it was there to move. */
    public boolean delete(long id) {
        boolean moved = database.inTransaction(repos -> repos.trash().moveIn(id, now()));
        LOG.info("Moved contact {} to the Trash: {}", id, moved);
        return moved;
    }

    /** Moves many contacts to the Trash in one transaction: all of them, or none when anything fails. */
    public int deleteAll(List<Long> ids) {
        Instant at = now();
        int moved = database.inTransaction(repos -> (int) ids.stream().filter(id -> repos.trash().moveIn(id, at))
                .count());
        LOG.info("Moved {} contacts to the Trash", moved);
        return moved;
    }

    /** Takes many contacts out of the Trash in one transaction. */
    public int restoreAll(List<Long> ids) {
        return database.inTransaction(repos -> (int) ids.stream().filter(repos.trash()::restore).count());
    }

    /** Takes a contact out of the Trash and returns it as it was. */
    public Optional<Influencer> restore(long id) {
        Optional<Influencer> restored = database.inTransaction(repos -> repos.trash().restore(id)
                ? repos.contacts().findById(id) : Optional.<Influencer>empty());
        LOG.info("Restored contact {} from the Trash: {}", id, restored.isPresent());
        return restored;
    }

    /** The contacts in the Trash, most recently deleted first. */
    public List<TrashedContact> trash() {
        return database.inTransaction(repos -> repos.trash().contents());
    }

    /** Deletes one contact in the Trash for good, with its accounts, notes, deals and history. */
    public boolean deleteForever(long id) {
        return database.inTransaction(repos -> repos.contacts().delete(id));
    }

    /** Empties the Trash; returns how many contacts were deleted for good. */
    public int emptyTrash() {
        int purged = database.inTransaction(repos -> repos.trash().purge(null));
        LOG.info("Emptied the Trash: {} contacts", purged);
        return purged;
    }

    /** Deletes for good what has been in the Trash for more than {@value #TRASH_DAYS} days. */
    public int purgeOldTrash() {
        Instant before = now().minus(TRASH_DAYS, ChronoUnit.DAYS);
        return database.inTransaction(repos -> repos.trash().purge(before));
    }

    /**
     * Adds the sample contacts (and a few deals for them), skipping any whose handles are already in the
     * workspace, all in one transaction. Returns how many contacts were added.
     */
    public int loadSample() {
        List<Influencer> sample = SampleContacts.load(now(), LocalDate.now(clock));
        sample.forEach(InfluencerRules::check);
        int added = database.inTransaction(repos -> {
            ContactRepository contacts = repos.contacts();
            Instant now = now();
            Map<String, Long> ids = new HashMap<>();
            for (Influencer contact : sample) {
                boolean taken = contact.accounts().stream().anyMatch(a -> a.hasHandle()
                        && contacts.findAccountOwner(a.platform(), a.handleKey()).isPresent());
                if (!taken) {
                    ids.put(contact.displayName(), saveIn(repos, contact, now).id());
                }
            }
            if (!ids.isEmpty()) {
                SampleDeals.load(repos, ids, LocalDate.now(clock), now);
            }
            return ids.size();
        });
        LOG.info("Loaded {} sample contacts", added);
        return added;
    }

    private Influencer saveIn(Repositories repos, Influencer contact, Instant now) {
        ContactRepository contacts = repos.contacts();
        for (SocialAccount account : contact.accounts()) {
            if (!account.hasHandle()) {
                continue;
            }
            contacts.findAccountOwner(account.platform(), account.handleKey())
                    .filter(owner -> !Objects.equals(owner.contactId(), contact.id()))
                    .ifPresent(owner -> {
                        throw new RuleViolation(DomainTexts.text("contact.accountTaken", account.displayHandle(),
                                account.platform().label(), owner.displayName()));
                    });
        }
        if (contact.id() == null) {
            return contacts.insert(stamped(contact, null, now));
        }
        Influencer before = contacts.findById(contact.id())
                .orElseThrow(() -> new ChangedElsewhereException(null));
        if (before.version() != contact.version()) {
            // Read again once the other save has finished: the first read may hold half of it.
            throw new ChangedElsewhereException(contacts.findSettled(contact.id()).orElse(null));
        }
        Influencer saved = contacts.update(stamped(contact, before, now));
        repos.changes().add(ChangeLogRepository.CONTACT, saved.id(),
                ContactChanges.between(before, saved, now, userName()));
        return saved;
    }

    /** Sets created/updated moments: new rows are created now, changed rows updated now, the rest kept. */
    private static Influencer stamped(Influencer contact, Influencer before, Instant now) {
        Map<Long, SocialAccount> previous = before == null ? Map.of()
                : before.accounts().stream().collect(Collectors.toMap(SocialAccount::id, Function.identity()));
        List<SocialAccount> accounts = new ArrayList<>();
        for (SocialAccount account : contact.accounts()) {
            SocialAccount old = account.id() == null ? null : previous.get(account.id());
            if (old == null) {
                accounts.add(account.withId(null).withTimestamps(now, now));
            } else {
                boolean same = old.withTimestamps(null, null).equals(account.withTimestamps(null, null));
                accounts.add(account.withTimestamps(old.createdAt(), same ? old.updatedAt() : now));
            }
        }
        Instant created = before == null ? now : before.createdAt();
        return contact.withAccounts(accounts).withTimestamps(created, now);
    }

    private Instant now() {
        // The database keeps microseconds; truncating keeps what we hand back equal to what is stored.
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
