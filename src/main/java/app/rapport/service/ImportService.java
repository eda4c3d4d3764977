package app.rapport.service;

import app.rapport.domain.BrandFit;
import app.rapport.domain.Countries;
import app.rapport.domain.EngagementRates;
import app.rapport.domain.FitNote;
import app.rapport.domain.FollowerCounts;
import app.rapport.domain.Influencer;
import app.rapport.domain.InfluencerRules;
import app.rapport.domain.Outreach;
import app.rapport.domain.OutreachStatus;
import app.rapport.domain.Platform;
import app.rapport.domain.RuleViolation;
import app.rapport.domain.SocialAccount;
import app.rapport.domain.SocialHandles;
import app.rapport.domain.Tags;
import app.rapport.domain.Text;
import app.rapport.exchange.ExportProgress;
import app.rapport.exchange.ImportField;
import app.rapport.exchange.RawTable;
import app.rapport.store.ContactRepository;
import app.rapport.store.Database;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings in the spreadsheets people already have: plans the import row by row (values parsed, problems and
 * duplicates found), then writes it in one transaction, all rows or none.
 */
public final class ImportService {

    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);
    private static final List<String> EMPTY_WORDS = List.of("n/a", "na", "-", "--", "—", "none", "null", "nan",
            "nan%", "?");

    /** What to do with a row that repeats a contact. */
    public enum OnDuplicate { SKIP, FILL, OVERWRITE, NEW }

    private final Database database;
    private final Clock clock;
    private final Locale locale;

    public ImportService(Database database, Clock clock, Locale locale) {
        this.database = database;
        this.clock = clock;
        this.locale = locale;
    }

    /** Remembers the mapping chosen for files with these headers, so the next such file maps itself. */
    public void rememberMapping(List<String> headers, Map<String, ImportField> mapping) {
        String value = mapping.entrySet().stream().map(e -> e.getKey().replace("=", " ").replace("\n", " ")
                + "=" + e.getValue().id()).collect(java.util.stream.Collectors.joining("\n"));
        database.inTransaction(repos -> {
            repos.settings().put(mappingKey(headers), value);
            return null;
        });
    }

    /** The mapping last chosen for files with exactly these headers, if any. */
    public Optional<Map<String, ImportField>> recallMapping(List<String> headers) {
        return database.inTransaction(repos -> repos.settings().get(mappingKey(headers))).map(value -> {
            Map<String, ImportField> mapping = new java.util.LinkedHashMap<>();
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
        return "import.mapping." + java.util.UUID.nameUUIDFromBytes(joined.getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Reads every row with the mapping (header to field) and finds problems and duplicates; writes nothing. */
    public ImportPlan plan(RawTable table, Map<String, ImportField> mapping) {
        return plan(table, mapping, null);
    }

    /**
     * The same, saying which engagement columns hold fractions (0.032 for 3.2 %); {@code null} proposes it for
     * every engagement column whose values are all at most 1.
     */
    public ImportPlan plan(RawTable table, Map<String, ImportField> mapping, java.util.Set<String> fractionColumns) {
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
                "This row has a different number of cells than the header.", ImportPlan.Severity.WARNING)));
        List<ImportPlan.Row> rows = new ArrayList<>();
        Map<String, Integer> seenInFile = new HashMap<>();
        return database.inTransaction(repos -> {
            ContactRepository contacts = repos.contacts();
            for (int r = 0; r < table.rows().size(); r++) {
                int line = table.lines().get(r);
                List<String> values = table.rows().get(r);
                RowReader reader = new RowReader(line, problems);
                Influencer contact = reader.read(values, mapping, index, fractions);
                Influencer existing = null;
                boolean inFile = false;
                if (contact != null) {
                    for (String key : keys(contact)) {
                        inFile |= seenInFile.containsKey(key);
                        seenInFile.putIfAbsent(key, line);
                    }
                    existing = findExisting(contacts, contact).orElse(null);
                }
                rows.add(new ImportPlan.Row(line, contact, existing, inFile));
            }
            return new ImportPlan(rows, problems);
        });
    }

    /**
     * Writes the plan in one transaction: rows with errors and, as chosen, duplicates are left out; any failure
     * leaves the workspace exactly as before.
     */
    public ImportReport commit(ImportPlan plan, OnDuplicate onDuplicate, ExportProgress progress) {
        return commit(plan, onDuplicate, Map.of(), progress);
    }

    /** The same, with a different choice for some duplicate rows (by line number). */
    public ImportReport commit(ImportPlan plan, OnDuplicate onDuplicate, Map<Integer, OnDuplicate> perRow,
            ExportProgress progress) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        int[] counts = new int[3];
        database.inTransaction(repos -> {
            ContactRepository contacts = repos.contacts();
            int done = 0;
            for (ImportPlan.Row row : plan.rows()) {
                progress.row(++done, plan.rows().size());
                if (row.hasErrors()) {
                    continue;
                }
                Influencer c = row.contact();
                Influencer existing = findExisting(contacts, c).orElse(null);
                OnDuplicate choice = perRow.getOrDefault(row.line(), onDuplicate);
                if (existing == null) {
                    contacts.insert(stampedNew(c, now));
                    counts[0]++;
                } else if (choice == OnDuplicate.SKIP) {
                    counts[2]++;
                } else if (choice == OnDuplicate.NEW) {
                    contacts.insert(stampedNew(withoutTakenAccounts(contacts, c), now));
                    counts[0]++;
                } else {
                    Influencer merged = merge(existing, c, choice == OnDuplicate.OVERWRITE, now);
                    contacts.update(merged);
                    counts[1]++;
                }
            }
            return null;
        });
        ImportReport report = new ImportReport(counts[0], counts[1], counts[2], (int) plan.errorRows(),
                plan.problems());
        LOG.info("Import: {}", report.summary());
        return report;
    }

    private static List<String> keys(Influencer c) {
        List<String> keys = new ArrayList<>();
        c.accounts().forEach(a -> keys.add(a.platform() + ":" + a.handleKey()));
        if (c.email() != null) {
            keys.add("email:" + c.email().toLowerCase(Locale.ROOT));
        }
        return keys;
    }

    private static Optional<Influencer> findExisting(ContactRepository contacts, Influencer c) {
        for (SocialAccount a : c.accounts()) {
            Optional<ContactRepository.AccountOwner> owner = contacts.findAccountOwner(a.platform(), a.handleKey());
            if (owner.isPresent()) {
                return contacts.findById(owner.get().contactId());
            }
        }
        if (c.email() != null) {
            return contacts.findByEmail(c.email());
        }
        return Optional.empty();
    }

    private static Influencer withoutTakenAccounts(ContactRepository contacts, Influencer c) {
        return c.withAccounts(c.accounts().stream()
                .filter(a -> contacts.findAccountOwner(a.platform(), a.handleKey()).isEmpty()).toList());
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
                if (accounts.get(i).platform() == a.platform() && accounts.get(i).handleKey().equals(a.handleKey())) {
                    at = i;
                }
            }
            if (at < 0) {
                accounts.add(a.withTimestamps(now, now));
            } else {
                SocialAccount o = accounts.get(at);
                accounts.set(at, new SocialAccount(o.id(), o.platform(), o.handle(), o.profileUrl(),
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
                old.outreach(), old.createdAt(), now);
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

    /** Reads one row into a contact, collecting its problems. */
    private final class RowReader {
        private final int line;
        private final List<ImportPlan.Problem> problems;
        private boolean failed;

        RowReader(int line, List<ImportPlan.Problem> problems) {
            this.line = line;
            this.problems = problems;
        }

        Influencer read(List<String> values, Map<String, ImportField> mapping, Map<String, Integer> index,
                Map<String, Boolean> fractions) {
            Map<String, String> own = new HashMap<>();
            Map<Platform, Map<String, String>> accounts = new EnumMap<>(Platform.class);
            Map<String, String> columnOf = new HashMap<>();
            mapping.forEach((header, field) -> {
                String value = Text.repairMojibake(values.get(index.get(header)).strip());
                if (empty(value)) {
                    return;
                }
                // Line breaks inside a cell belong in notes only; elsewhere they become one space.
                if (!"notes".equals(field.id())) {
                    value = value.replaceAll("\\s+", " ");
                }
                if (field.isAccount()) {
                    accounts.computeIfAbsent(field.platform(), p -> new HashMap<>()).put(field.part(), value);
                    columnOf.put(field.id(), header);
                    if ("engagement".equals(field.part()) && fractions.getOrDefault(header, false)) {
                        accounts.get(field.platform()).put("fraction", "yes");
                    }
                } else {
                    own.put(field.id(), value);
                    columnOf.put(field.id(), header);
                }
            });
            List<SocialAccount> socials = new ArrayList<>();
            accounts.forEach((platform, parts) -> account(platform, parts, columnOf).ifPresent(socials::add));
            if (own.containsKey("website")) {
                SocialHandles.parseProfileUrl(own.get("website")).ifPresentOrElse(
                        p -> socials.add(SocialAccount.of(Platform.BLOG, p.handle()).withProfileUrl(p.url())),
                        () -> problem(columnOf.get("website"), own.get("website"), "Not a web address.", false));
            }
            String name = Optional.ofNullable(own.get("name"))
                    .orElse(socials.isEmpty() ? own.get("email") : socials.get(0).handle());
            if (name == null) {
                problem("", "", "The row has no name, handle or email to know the contact by.", true);
            }
            String email = own.get("email");
            if (email != null && InfluencerRules.checkEmail(email).isPresent()) {
                problem(columnOf.get("email"), email, "Not an email address.", true);
            }
            String country = null;
            if (own.containsKey("country")) {
                country = Countries.find(own.get("country"), locale).orElse(null);
                if (country == null) {
                    problem(columnOf.get("country"), own.get("country"), "Unknown country; left empty.", false);
                }
            }
            Integer fit = own.containsKey("fit") ? fit(own.get("fit"), columnOf.get("fit")) : null;
            OutreachStatus status = own.containsKey("status") ? status(own.get("status"), columnOf.get("status"))
                    : OutreachStatus.PROSPECT;
            if (failed) {
                return null;
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            List<app.rapport.domain.FitNote> notes = own.containsKey("fit_note")
                    ? List.of(FitNote.at(now, own.get("fit_note"))) : List.of();
            Influencer contact = new Influencer(null, name, own.get("real_name"), email, own.get("phone"),
                    own.get("city"), country, Tags.parse(own.get("languages")), Tags.parse(own.get("tags")),
                    own.get("notes"), socials, new BrandFit(fit, own.get("red_flags"), notes),
                    new Outreach(status, null, null, null), null, null);
            try {
                InfluencerRules.check(contact);
            } catch (RuleViolation e) {
                problem("", name, e.getMessage(), true);
                return null;
            }
            return contact;
        }

        private Optional<SocialAccount> account(Platform platform, Map<String, String> parts,
                Map<String, String> columnOf) {
            String key = platform.name().toLowerCase(Locale.ROOT);
            String handle = parts.get("handle");
            String url = parts.get("url");
            SocialAccount account = null;
            for (String text : new String[] {handle, url}) {
                if (text != null && account == null) {
                    Optional<SocialHandles.Profile> profile = SocialHandles.parseProfileUrl(text);
                    account = profile.filter(p -> p.platform() == platform || !platform.hasCanonicalProfileUrl())
                            .map(p -> SocialAccount.of(platform, p.handle()).withProfileUrl(p.url()))
                            .orElse(SocialHandles.looksLikeUrl(text) ? null : SocialAccount.of(platform, text));
                }
            }
            if (account == null) {
                if (parts.containsKey("followers") || parts.containsKey("engagement")) {
                    problem(columnOf.get(key + ".followers"), "", "Numbers for " + platform.label()
                            + " but no handle; they were left out.", false);
                }
                return Optional.empty();
            }
            if (parts.containsKey("followers")) {
                try {
                    account = account.withFollowers(FollowerCounts.parse(parts.get("followers")).orElse(null));
                } catch (NumberFormatException | ArithmeticException e) {
                    problem(columnOf.get(key + ".followers"), parts.get("followers"), "Not a follower count.", false);
                }
            }
            if (parts.containsKey("engagement")) {
                try {
                    BigDecimal rate = EngagementRates.parse(parts.get("engagement")).orElse(null);
                    if (rate != null && parts.containsKey("fraction")) {
                        rate = rate.movePointRight(2);
                    }
                    if (rate != null && (rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(100)) > 0)) {
                        problem(columnOf.get(key + ".engagement"), parts.get("engagement"),
                                "Engagement must be between 0 and 100 %; left empty.", false);
                        rate = null;
                    }
                    account = account.withEngagementRate(rate);
                } catch (NumberFormatException e) {
                    problem(columnOf.get(key + ".engagement"), parts.get("engagement"), "Not an engagement rate.",
                            false);
                }
            }
            return Optional.of(account);
        }

        private Integer fit(String text, String column) {
            try {
                int value = new BigDecimal(text.replaceFirst("\\s*/\\s*5$", "").replace(',', '.').strip())
                        .setScale(0, java.math.RoundingMode.HALF_UP).intValueExact();
                if (value >= 1 && value <= 5) {
                    return value;
                }
            } catch (NumberFormatException | ArithmeticException e) {
                // Reported below.
            }
            problem(column, text, "The fit rating goes from 1 to 5; left empty.", false);
            return null;
        }

        private OutreachStatus status(String text, String column) {
            for (OutreachStatus s : OutreachStatus.values()) {
                if (s.label().equalsIgnoreCase(text.strip()) || s.name().equalsIgnoreCase(text.strip()
                        .replace(' ', '_'))) {
                    return s;
                }
            }
            problem(column, text, "Unknown status; imported as Prospect.", false);
            return OutreachStatus.PROSPECT;
        }

        private void problem(String column, String value, String reason, boolean error) {
            problems.add(new ImportPlan.Problem(line, column == null ? "" : column, value == null ? "" : value,
                    reason, error ? ImportPlan.Severity.ERROR : ImportPlan.Severity.WARNING));
            failed |= error;
        }
    }

    private static boolean empty(String value) {
        return value.isEmpty() || EMPTY_WORDS.contains(value.toLowerCase(Locale.ROOT));
    }
}
