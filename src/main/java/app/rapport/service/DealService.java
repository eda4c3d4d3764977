package app.rapport.service;

import app.rapport.domain.ChangedElsewhereException;
import app.rapport.domain.Deal;
import app.rapport.domain.DealChanges;
import app.rapport.domain.DealStage;
import app.rapport.domain.Instalment;
import app.rapport.domain.Payment;
import app.rapport.domain.RightsReminder;
import app.rapport.domain.RuleViolation;
import app.rapport.domain.ServerUnreachableException;
import app.rapport.domain.sheet.SheetFormat;
import app.rapport.domain.text.DomainTexts;
import app.rapport.exchange.PaymentsSheet;
import app.rapport.store.ChangeLogRepository;
import app.rapport.store.Database;
import app.rapport.store.DealRepository;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What a user does with deals: agree terms, track stages, mark instalments paid, see what is due. */
public final class DealService {

    private static final Logger LOG = LoggerFactory.getLogger(DealService.class);

    private final Database database;
    private final Clock clock;

    public DealService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Every deal of the contacts not in the Trash, oldest first. */
    public List<Deal> deals() {
        return database.inTransaction(repos -> repos.deals().findAll(clock.getZone()));
    }

    /** The deals with these ids that still exist, of contacts not in the Trash. */
    public List<Deal> dealsWithIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : database.inTransaction(repos -> repos.deals().findByIds(ids, clock.getZone()));
    }

    /** The deals of these contacts, unless a contact is in the Trash. */
    public List<Deal> dealsOfContacts(Collection<Long> contactIds) {
        return contactIds.isEmpty() ? List.of()
                : database.inTransaction(repos -> repos.deals().findByContacts(contactIds, clock.getZone()));
    }

    /** A contact's deals, oldest first. */
    public List<Deal> dealsOf(long contactId) {
        return database.inTransaction(repos -> repos.deals().findByContact(contactId, clock.getZone()));
    }

    /**
     * Saves a new or changed deal in one transaction; a stage change is dated in its history.
     *
     * @throws RuleViolation when the deal is incomplete
     */
    public Deal save(Deal deal) {
        deal.check();
        Instant now = now();
        Deal saved = database.inTransaction(repos -> {
            Deal before = deal.id() == null ? null : repos.deals().findById(deal.id(), clock.getZone()).orElse(null);
            if (before == null && deal.id() != null) {
                // Deleted by someone else since it was opened: the editor says so and keeps the user's terms.
                throw new ChangedElsewhereException(null);
            }
            long id = deal.id() == null ? repos.deals().insert(deal, now) : update(repos.deals(), deal, now);
            Deal after = repos.deals().findById(id, clock.getZone()).orElseThrow();
            if (before != null) {
                repos.changes().add(ChangeLogRepository.DEAL, id,
                        DealChanges.between(before, after, now, ContactService.userName()));
            }
            return after;
        });
        LOG.info("Saved deal {} at stage {}", saved.id(), saved.stage());
        return saved;
    }

    private long update(DealRepository deals, Deal deal, Instant now) {
        deals.update(deal, now, clock.getZone());
        return deal.id();
    }

    /** Moves a deal to a stage (the caller has asked the user about anything unfinished). */
    public Deal moveTo(Deal deal, DealStage stage) {
        return save(deal.withStage(stage));
    }

    public boolean delete(long dealId) {
        return database.inTransaction(repos -> repos.deals().delete(dealId));
    }

    /** Marks an instalment paid on a day and returns the deal as stored. */
    public Deal markPaid(long dealId, long instalmentId, LocalDate day) {
        if (day.isAfter(LocalDate.now(clock))) {
            throw new RuleViolation(DomainTexts.text("deal.paidInFuture"));
        }
        return database.inTransaction(repos -> {
            Deal before = repos.deals().findById(dealId, clock.getZone()).orElseThrow();
            repos.deals().markPaid(instalmentId, day, now());
            Deal after = repos.deals().findById(dealId, clock.getZone()).orElseThrow();
            repos.changes().add(ChangeLogRepository.DEAL, dealId,
                    DealChanges.between(before, after, now(), ContactService.userName()));
            return after;
        });
    }

    /** Takes back a payment marked by mistake: the instalment is outstanding again. */
    public Deal markUnpaid(long dealId, long instalmentId) {
        return database.inTransaction(repos -> {
            Deal before = repos.deals().findById(dealId, clock.getZone()).orElseThrow();
            repos.deals().markPaid(instalmentId, null, now());
            Deal after = repos.deals().findById(dealId, clock.getZone()).orElseThrow();
            repos.changes().add(ChangeLogRepository.DEAL, dealId,
                    DealChanges.between(before, after, now(), ContactService.userName()));
            return after;
        });
    }

    /** Every instalment of every deal that is not cancelled, with where it stands today, soonest first. */
    public List<Payment> payments() {
        return paymentsOf(deals());
    }

    /** The instalments of these deals (cancelled ones left out), named and dated as of today, soonest first. */
    public List<Payment> paymentsOf(List<Deal> deals) {
        LocalDate today = LocalDate.now(clock);
        return database.inTransaction(repos -> {
            Map<Long, String> names = repos.contacts().displayNames(
                    deals.stream().map(Deal::contactId).distinct().toList());
            List<Payment> payments = new ArrayList<>();
            for (Deal deal : deals) {
                if (deal.stage() == DealStage.CANCELLED) {
                    continue;
                }
                for (Instalment instalment : deal.instalments()) {
                    payments.add(Payment.of(deal, instalment, names.getOrDefault(deal.contactId(), ""), today));
                }
            }
            payments.sort(Comparator.comparing(Payment::due, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(Payment::contactName));
            return payments;
        });
    }

    /** Writes payments as a sheet in the format given; a failed write leaves no half file. */
    public void exportPayments(List<Payment> payments, Path file, SheetFormat format) throws IOException {
        PaymentsSheet.write(payments, file, format);
    }

    /** Usage rights and exclusivity ending within two weeks, soonest first. */
    public List<RightsReminder> rightsEnding() {
        LocalDate today = LocalDate.now(clock);
        return database.inTransaction(repos -> {
            List<RightsReminder> unnamed = new ArrayList<>();
            for (Deal deal : repos.deals().findAll(clock.getZone())) {
                unnamed.addAll(RightsReminder.of(deal, "", today));
            }
            // Names only for the few contacts with a reminder: a workspace may hold 100,000.
            Map<Long, String> names = repos.contacts().displayNames(
                    unnamed.stream().map(RightsReminder::contactId).distinct().toList());
            return unnamed.stream()
                    .map(r -> new RightsReminder(r.contactId(), names.getOrDefault(r.contactId(), ""), r.dealTitle(),
                            r.kind(), r.endsOn()))
                    .sorted(Comparator.comparing(RightsReminder::endsOn))
                    .toList();
        });
    }

    /**
     * Asks the workspace for nothing, to learn whether a team server answers again.
     *
     * @throws ServerUnreachableException while it does not
     */
    public boolean answers() {
        return database.answers();
    }

    /** The user's date. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
