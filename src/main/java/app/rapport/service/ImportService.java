package app.rapport.service;

import app.rapport.domain.BrandFit;
import app.rapport.domain.ChangedElsewhereException;
import app.rapport.domain.EngagementRates;
import app.rapport.domain.HandleTakenException;
import app.rapport.domain.Influencer;
import app.rapport.domain.RuleViolation;
import app.rapport.domain.SocialAccount;
import app.rapport.domain.sheet.ExportProgress;
import app.rapport.domain.sheet.ImportField;
import app.rapport.domain.sheet.RawTable;
import app.rapport.domain.text.DomainTexts;
import app.rapport.store.ContactRepository;
import app.rapport.store.Database;
import app.rapport.store.Repositories;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings in the spreadsheets people already have: plans the import row by row (values parsed, problems and
 * duplicates found), then writes it in one transaction, all rows or none.
 */
public final class ImportService {

    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);

    /** What to do with a row that repeats a contact. */
    public enum OnDuplicate { SKIP, FILL, OVERWRITE, NEW }

    private final Database database;
    private final Clock clock;
    private final Locale locale;
    private final Runnable beforeCommit;

    /** @param beforeCommit runs before an import writes anything: the workspace is backed up first */
    public ImportService(Database database, Clock clock, Locale locale, Runnable beforeCommit) {
        this.database = database;
        this.clock = clock;
        this.locale = locale;
        this.beforeCommit = beforeCommit;
    }

    /** Remembers the mapping chosen for files with these headers, so the next such file maps itself. */
    public void rememberMapping(List<String> headers, Map<String, ImportField> mapping) {
        String value = mapping.entrySet().stream().map(e -> e.getKey().replace("=", " ").replace("\n", " ")
                + "=" + e.getValue().id()).collect(Collectors.joining("\n"));
        database.inTransaction(repos -> {
            repos.settings().put(mappingKey(headers), value);
            return null;
        });
    }

    /** The mapping last chosen for files with exactly these headers, if any. */
    public Optional<Map<String, ImportField>> recallMapping(List<String> headers) {
        return database.inTransaction(repos -> repos.settings().get(mappingKey(headers))).map(value -> {
            Map<String, ImportField> mapping = new LinkedHashMap<>();
            for (String line : value.split("\n")) {
                int eq = line.lastIndexOf('=');
                if (eq > 0 && headers.contains(line.substring(0, eq))) {
                    ImportField.named(line.substring(eq + 1), null).ifPresent(f -> mapping.put(line.substring(0, eq), f));
                }
            }
            return mapping;
        });
    }

    private static String mappingKey(List<String> headers) {
        String joined = String.join("\u0001", headers.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList());
        return "import.mapping." + UUID.nameUUIDFromBytes(joined.getBytes(
                StandardCharsets.UTF_8));
    }

    /** Reads every row with the mapping (header to field) and finds problems and duplicates; writes nothing. */
    public ImportPlan plan(RawTable table, Map<String, ImportField> mapping) {
        return plan(table, mapping, null);
    }

    /**
     * The same, saying which engagement columns hold fractions (0.032 for 3.2 %); {@code null} proposes it for
     * every engagement column whose values are all at most 1.
     */
    public ImportPlan plan(RawTable table, Map<String, ImportField> mapping, Set<String> fractionColumns) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < table.headers().size(); i++) {
            index.put(table.headers().get(i), i);
        }
        Map<String, Boolean> fractions = new HashMap<>();
        if (fractionColumns == null) {
            fractions.putAll(engagementAsFractions(table, mapping, index));
        } else {
            fractionColumns.forEach(c -> fractions.put(c, true));
        }
        List<ImportPlan.Problem> problems = new ArrayList<>();
        table.ragged().forEach(line -> problems.add(new ImportPlan.Problem(line, "", "",
                DomainTexts.text("import.row.ragged"), ImportPlan.Severity.WARNING)));
        List<ImportPlan.Row> rows = new ArrayList<>();
        Map<String, ImportPlan.Row> seenInFile = new HashMap<>();
        return database.inTransaction(repos -> {
            ContactRepository contacts = repos.contacts();
            Identities identities = new Identities(contacts.identityKeys());
            for (int r = 0; r < table.rows().size(); r++) {
                int line = table.lines().get(r);
                List<String> values = table.rows().get(r);
                if (repeatsHeader(values, table.headers())) {
                    problems.add(new ImportPlan.Problem(line, "", "", DomainTexts.text("import.row.repeatsHeader"),
                            ImportPlan.Severity.WARNING));
                    continue;
                }
                RowReader reader = new RowReader(line, problems, locale, clock);
                Influencer contact = reader.read(values, mapping, index, fractions);
                if (contact != null && RowReader.isTotals(contact)) {
                    problems.add(new ImportPlan.Problem(line, "", contact.displayName(),
                            DomainTexts.text("import.row.totals"),
                            ImportPlan.Severity.WARNING));
                    continue;
                }
                Influencer existing = null;
                ImportPlan.Row earlier = null;
                if (contact != null) {
                    for (String key : Identities.keys(contact)) {
                        if (earlier == null) {
                            earlier = seenInFile.get(key);
                        }
                    }
                    Long owner = identities.owner(contact);
                    existing = owner == null ? null : contacts.findById(owner).orElse(null);
                }
                ImportPlan.Row row = new ImportPlan.Row(line, contact, existing, earlier == null ? 0 : earlier.line(),
                        earlier == null ? null : earlier.contact());
                if (contact != null) {
                    Identities.keys(contact).forEach(key -> seenInFile.putIfAbsent(key, row));
                }
                rows.add(row);
            }
            return new ImportPlan(rows, problems);
        });
    }

    /** A header row pasted again among the data (sheets built from copied blocks). */
    private static boolean repeatsHeader(List<String> values, List<String> headers) {
        int same = 0;
        int filled = 0;
        for (int c = 0; c < values.size(); c++) {
            if (!values.get(c).isBlank()) {
                filled++;
                same += values.get(c).strip().equalsIgnoreCase(headers.get(c).replaceFirst(" \\d+$", "")) ? 1 : 0;
            }
        }
        return filled >= 2 && same * 10 >= filled * 8;
    }

    /**
     * Writes the plan in one transaction: rows with errors and, as chosen, duplicates are left out; any failure
     * leaves the workspace exactly as before.
     */
    public ImportReport commit(ImportPlan plan, OnDuplicate onDuplicate, ExportProgress progress) {
        return commit(plan, onDuplicate, Map.of(), false, progress);
    }

    /**
     * The same, with a different choice for some duplicate rows (by line number).
     *
     * @param skipInvalid whether the user chose to leave out the rows with errors; otherwise a plan with any
     *                    such row imports nothing
     */
    public ImportReport commit(ImportPlan plan, OnDuplicate onDuplicate, Map<Integer, OnDuplicate> perRow,
            boolean skipInvalid, ExportProgress progress) {
        long errors = plan.errorRows();
        if (errors > 0 && !skipInvalid) {
            throw new RuleViolation(DomainTexts.text("import.rowsHaveErrors", errors));
        }
        if (!plan.rows().isEmpty()) {
            beforeCommit.run();
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        int[] counts = new int[3];
        List<Long> created = new ArrayList<>();
        // Each changed contact as it was before the import, at the version the import left it: undo restores it
        // only if no one has saved it since.
        Map<Long, Influencer> replaced = new LinkedHashMap<>();
        try {
            writeRows(plan, onDuplicate, perRow, progress, now, counts, created, replaced);
        } catch (HandleTakenException e) {
            throw new RuleViolation(DomainTexts.text("import.handleTaken", e.handle(), e.platform().label()), e);
        }
        ImportReport report = new ImportReport(counts[0], counts[1], counts[2], (int) plan.errorRows(),
                plan.problems(), created, List.copyOf(replaced.values()));
        LOG.info("Import: {}", report.summary());
        return report;
    }

    /** Writes the plan's rows in one transaction, counting added, updated and skipped into {@code counts}. */
    private void writeRows(ImportPlan plan, OnDuplicate onDuplicate, Map<Integer, OnDuplicate> perRow,
            ExportProgress progress, Instant now, int[] counts, List<Long> created, Map<Long, Influencer> replaced) {
        inOneTransaction(plan.rows().size(), repos -> {
            ContactRepository contacts = repos.contacts();
            Identities identities = new Identities(contacts.identityKeys());
            List<Influencer> pending = new ArrayList<>();
            int done = 0;
            for (ImportPlan.Row row : plan.rows()) {
                progress.row(++done, plan.rows().size());
                if (row.hasErrors()) {
                    continue;
                }
                Influencer c = row.contact();
                Long owner = identities.owner(c);
                if (owner != null && owner == Identities.PENDING) {
                    // The file repeats a contact not yet written: write what waits, then treat it as a duplicate.
                    created.addAll(insert(contacts, pending, identities));
                    owner = identities.owner(c);
                }
                OnDuplicate choice = perRow.getOrDefault(row.line(), onDuplicate);
                if (owner == null || choice == OnDuplicate.NEW) {
                    Influencer added = stampedNew(owner == null ? c : c.withAccounts(c.accounts().stream()
                            .filter(a -> !identities.holds(a)).toList()), now);
                    pending.add(added);
                    identities.add(added, Identities.PENDING);
                    counts[0]++;
                    if (pending.size() >= BATCH) {
                        created.addAll(insert(contacts, pending, identities));
                    }
                } else if (choice == OnDuplicate.SKIP) {
                    counts[2]++;
                } else {
                    Influencer existing = contacts.findById(owner).orElseThrow();
                    Influencer merged = merge(existing, c, choice == OnDuplicate.OVERWRITE, now);
                    Influencer updated = contacts.update(merged);
                    replaced.merge(owner, existing, (first, later) -> first);
                    replaced.computeIfPresent(owner, (id, before) -> before.withVersion(updated.version()));
                    identities.add(updated, owner);
                    counts[1]++;
                }
            }
            created.addAll(insert(contacts, pending, identities));
            return null;
        });
    }

    /**
     * Takes an import back in one transaction: the contacts it added are deleted, the ones it changed get their
     * earlier values back.
     */
    public void undo(ImportReport report) {
        try {
            inOneTransaction(report.created().size(), repos -> {
                repos.contacts().deleteAll(report.created());
                report.replaced().forEach(repos.contacts()::update);
                return null;
            });
        } catch (ChangedElsewhereException e) {
            throw new RuleViolation(DomainTexts.text("import.cannotUndo"));
        }
        LOG.info("Undid an import: {} added, {} changed", report.created().size(), report.replaced().size());
    }

    /**
     * Runs an import's (or its undo's) writes in one transaction: a bulk one when it writes enough rows, against
     * what the workspace holds, that building the lookup indexes again after it is quicker than keeping them up
     * to date row by row.
     */
    private <T> T inOneTransaction(int rows, Function<Repositories, T> work) {
        boolean bulk = rows >= BULK_ROWS && rows * 2L >= database.inTransaction(repos -> repos.contacts().count());
        return bulk ? database.inBulkTransaction(work) : database.inTransaction(work);
    }

    /** From this many rows an import may rebuild the lookup indexes (see {@link #inOneTransaction}). */
    private static final int BULK_ROWS = 5_000;

    /** Contacts are written this many at a time, one batched statement per table. */
    private static final int BATCH = 1000;

    private static List<Long> insert(ContactRepository contacts, List<Influencer> pending, Identities identities) {
        List<Long> ids = contacts.insertAll(pending);
        for (int i = 0; i < ids.size(); i++) {
            identities.add(pending.get(i), ids.get(i));
        }
        pending.clear();
        return ids;
    }

    private static Influencer stampedNew(Influencer c, Instant now) {
        return c.withAccounts(c.accounts().stream().map(a -> a.withTimestamps(now, now)).toList())
                .withTimestamps(now, now);
    }

    /** Fills the existing contact's empty fields (or, overwriting, all fields the file has) and adds accounts. */
    static Influencer merge(Influencer old, Influencer in, boolean overwrite, Instant now) {
        List<SocialAccount> accounts = new ArrayList<>(old.accounts());
        for (SocialAccount a : in.accounts()) {
            int at = -1;
            for (int i = 0; i < accounts.size(); i++) {
                SocialAccount o = accounts.get(i);
                // An account whose handle is not known yet is the same platform's account, whatever its handle.
                if (o.platform() == a.platform() && (o.handleKey().equals(a.handleKey()) || !o.hasHandle()
                        || !a.hasHandle())) {
                    at = i;
                }
            }
            if (at < 0) {
                accounts.add(a.withTimestamps(now, now));
            } else {
                SocialAccount o = accounts.get(at);
                boolean handleNow = !o.hasHandle() && a.hasHandle();
                accounts.set(at, new SocialAccount(o.id(), o.platform(), handleNow ? a.handle() : o.handle(),
                        handleNow ? a.profileUrl() : o.profileUrl(),
                        pick(o.followers(), a.followers(), overwrite), pick(o.engagementRate(), a.engagementRate(),
                        overwrite), o.checkedOn(), o.createdAt(), now));
            }
        }
        List<String> tags = new ArrayList<>(old.tags());
        tags.addAll(in.tags());
        return new Influencer(old.id(), pick(old.displayName(), in.displayName(), overwrite),
                pick(old.realName(), in.realName(), overwrite), pick(old.email(), in.email(), overwrite),
                pick(old.phone(), in.phone(), overwrite), pick(old.city(), in.city(), overwrite),
                pick(old.country(), in.country(), overwrite),
                old.languages().isEmpty() || overwrite && !in.languages().isEmpty() ? in.languages() : old.languages(),
                tags, pick(old.audienceNotes(), in.audienceNotes(), overwrite), accounts,
                new BrandFit(pick(old.fit().rating(), in.fit().rating(), overwrite),
                        pick(old.fit().redFlags(), in.fit().redFlags(), overwrite),
                        concat(old.fit().notes(), in.fit().notes())),
                old.outreach(), old.createdAt(), now, old.version());
    }

    private static <T> T pick(T old, T in, boolean overwrite) {
        if (in == null) {
            return old;
        }
        return old == null || overwrite ? in : old;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** For each engagement column: whether all its values are at most 1, which means fractions (0.032). */
    public static Map<String, Boolean> engagementAsFractions(RawTable table, Map<String, ImportField> mapping,
            Map<String, Integer> index) {
        Map<String, Boolean> fractions = new HashMap<>();
        mapping.forEach((header, field) -> {
            if ("engagement".equals(field.part())) {
                int c = index.get(header);
                List<BigDecimal> numbers = new ArrayList<>();
                for (List<String> row : table.rows()) {
                    String v = row.get(c).strip();
                    if (!v.isEmpty() && !v.contains("%")) {
                        try {
                            EngagementRates.parse(v).ifPresent(numbers::add);
                        } catch (NumberFormatException ignored) {
                            // Reported when the row is read.
                        }
                    }
                }
                fractions.put(header, !numbers.isEmpty()
                        && numbers.stream().allMatch(n -> n.compareTo(BigDecimal.ONE) <= 0));
            }
        });
        return fractions;
    }

}
