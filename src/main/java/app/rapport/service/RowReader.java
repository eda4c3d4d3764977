package app.rapport.service;

import app.rapport.domain.BrandFit;
import app.rapport.domain.ControlCharacters;
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
import app.rapport.domain.StatusWords;
import app.rapport.domain.Tags;
import app.rapport.domain.Text;
import app.rapport.domain.sheet.ImportField;
import app.rapport.domain.text.DomainTexts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one row of an import into a contact, collecting its problems. */
final class RowReader {

    /** What people write for "nothing here", including a form's "no" to "Do you have a TikTok?". */
    private static final Set<String> EMPTY_WORDS = Set.of("n/a", "na", "n.a.", "-", "--", "—", "none", "null",
            "nan", "nan%", "?", "no", "nope", "not yet", "not yet!", "don't have one", "dont have one",
            "don't have", "i don't have one", "tbd", "tba", "#n/a", "nein", "keine", "non", "aucun", "ninguno",
            "nessuno", "nee", "geen", "yok", "なし", "無し", "없음", "无", "没有");

    private static final Pattern EMAIL_INSIDE = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)*\\.\\p{L}{2,}");

    private final int line;
    private final List<ImportPlan.Problem> problems;
    private final Locale locale;
    private final Clock clock;
    private boolean failed;

    /** What sheets call the row that adds up the others, in the languages Rapport's users write. */
    private static final Set<String> TOTALS = Set.of("total", "totals", "sum", "subtotal",
            "sub-total", "grand total", "gesamt", "summe", "insgesamt", "totale", "totaal", "suma", "somme",
            "total general", "totaux", "合計", "总计", "合计", "総計", "합계", "итого", "всего");

    /** Whether a read row is the sheet's totals line ("Total" and figures), not a creator. */
    static boolean isTotals(Influencer contact) {
        // Folding splits Hangul into its letters: composed again, "합계" compares as written.
        String name = Normalizer.normalize(Text.fold(contact.displayName()), Normalizer.Form.NFC).strip()
                .replaceAll("[:.]+$", "");
        return TOTALS.contains(name) && contact.accounts().stream().noneMatch(SocialAccount::hasHandle)
                && contact.email() == null
                && contact.phone() == null;
    }

    RowReader(int line, List<ImportPlan.Problem> problems, Locale locale, Clock clock) {
        this.line = line;
        this.problems = problems;
        this.locale = locale;
        this.clock = clock;
    }

    Influencer read(List<String> values, Map<String, ImportField> mapping, Map<String, Integer> index,
            Map<String, Boolean> fractions) {
        Map<String, String> own = new HashMap<>();
        Map<String, Map<String, String>> joined = new HashMap<>();
        Map<Platform, Map<String, String>> accounts = new EnumMap<>(Platform.class);
        Map<String, String> columnOf = new HashMap<>();
        mapping.forEach((header, field) -> {
            ControlCharacters.Cleaned cleaned = ControlCharacters.clean(values.get(index.get(header)),
                    "notes".equals(field.id()));
            String raw = cleaned.text().strip();
            String value = Normalizer.normalize(Text.repairMojibake(raw), Normalizer.Form.NFC);
            if (cleaned.removed() > 0) {
                problem(header, raw, DomainTexts.text("import.row.controlCharacters", cleaned.removed()), false);
            }
            if (empty(value)) {
                return;
            }
            if (!Text.repairMojibake(raw).equals(raw)) {
                problem(header, raw, DomainTexts.text("import.row.garbledRepaired", value), false);
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
            } else if (field.isJoined()) {
                joined.computeIfAbsent(field.id(), f -> new LinkedHashMap<>()).put(header, value);
                columnOf.putIfAbsent(field.id(), header);
            } else {
                own.put(field.id(), value);
                columnOf.put(field.id(), header);
            }
        });
        // Columns that fill one field together are read in the file's order.
        joined.values().forEach(parts -> sortByColumn(parts, index));
        List<String> notes = new ArrayList<>();
        Map<String, String> noteParts = joined.getOrDefault("notes", Map.of());
        noteParts.forEach((header, text) -> notes.add(noteParts.size() > 1 ? header + ": " + text : text));
        String email = own.get("email");
        if (email != null && !EMAIL_INSIDE.matcher(email).matches()) {
            Matcher found = EMAIL_INSIDE.matcher(email);
            if (found.find()) {
                // "Email: ana@studio.fr / WhatsApp +33 6…": the address, and the whole text kept in notes.
                notes.add(columnOf.get("email") + ": " + email);
                email = found.group();
            } else if (!email.contains("@")) {
                // "DM only", "über Insta-DM": words about how to reach them, not a mistyped address.
                notes.add(columnOf.get("email") + ": " + email);
                problem(columnOf.get("email"), email, DomainTexts.text("import.row.emailKeptInNotes"), false);
                email = null;
            } else if (InfluencerRules.checkEmail(email).isPresent()) {
                problem(columnOf.get("email"), email, DomainTexts.text("import.row.notAnEmail"), true);
            }
        }
        List<SocialAccount> socials = new ArrayList<>();
        accounts.forEach((platform, parts) -> account(platform, parts, columnOf).ifPresent(socials::add));
        if (own.containsKey("website")) {
            SocialHandles.parseProfileUrl(own.get("website")).ifPresentOrElse(
                    p -> socials.add(SocialAccount.of(Platform.BLOG, p.handle()).withProfileUrl(p.url())),
                    () -> problem(columnOf.get("website"), own.get("website"),
                            DomainTexts.text("import.row.notAWebAddress"), false));
        }
        String realName = joined.containsKey("real_name")
                ? String.join(" ", joined.get("real_name").values()) : null;
        String name = own.get("name");
        if (name == null) {
            String handle = socials.stream().filter(SocialAccount::hasHandle).map(SocialAccount::handle).findFirst()
                    .orElse(null);
            name = handle != null ? handle : realName != null ? realName : email;
        }
        if (name == null && !failed) {
            problem("", "", DomainTexts.text("import.row.nothingToKnowBy"), true);
        }
        String country = null;
        if (own.containsKey("country")) {
            country = Countries.find(own.get("country"), locale).orElse(null);
            if (country == null) {
                problem(columnOf.get("country"), own.get("country"), DomainTexts.text("import.row.unknownCountry"),
                        false);
            }
        }
        Integer fit = own.containsKey("fit") ? fit(own.get("fit"), columnOf.get("fit")) : null;
        OutreachStatus status = own.containsKey("status") ? status(own.get("status"), columnOf.get("status"))
                : OutreachStatus.PROSPECT;
        if (failed) {
            return null;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<FitNote> fitNotes = own.containsKey("fit_note") ? List.of(FitNote.at(now, own.get("fit_note")))
                : List.of();
        List<String> tags = new ArrayList<>();
        joined.getOrDefault("tags", Map.of()).values().forEach(t -> tags.addAll(Tags.parse(t)));
        List<String> languages = new ArrayList<>();
        joined.getOrDefault("languages", Map.of()).values().forEach(t -> languages.addAll(Tags.parse(t)));
        Influencer contact = new Influencer(null, name, realName, email, own.get("phone"),
                own.get("city"), country, Tags.clean(languages), Tags.clean(tags),
                notes.isEmpty() ? null : String.join("\n", notes), socials, new BrandFit(fit, own.get("red_flags"),
                fitNotes), new Outreach(status, null, null, null), null, null);
        try {
            InfluencerRules.check(contact);
        } catch (RuleViolation e) {
            problem("", name, e.getMessage(), true);
            return null;
        }
        return contact;
    }

    private static void sortByColumn(Map<String, String> parts, Map<String, Integer> index) {
        List<Map.Entry<String, String>> entries = new ArrayList<>(parts.entrySet());
        entries.sort(Comparator.comparing(e -> index.get(e.getKey())));
        parts.clear();
        entries.forEach(e -> parts.put(e.getKey(), e.getValue()));
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
        if (account == null && (handle != null || url != null)) {
            String column = columnOf.get(key + (handle != null ? ".handle" : ".url"));
            boolean figures = parts.containsKey("followers") || parts.containsKey("engagement");
            String reason = figures ? "import.row.notAHandleFiguresKept" : "import.row.notAHandle";
            problem(column, handle != null ? handle : url, DomainTexts.text(reason, platform.label()), false);
        }
        if (account == null && !parts.containsKey("followers") && !parts.containsKey("engagement")) {
            return Optional.empty();
        }
        if (account == null) {
            // Figures before the handle is known (a ranked list of channel names): the account keeps them.
            account = SocialAccount.of(platform, "");
        }
        Optional<String> wrongHandle = account.hasHandle() ? InfluencerRules.checkHandle(account) : Optional.empty();
        if (wrongHandle.isPresent() && handle != null) {
            // A display name in a handle column: the wizard offers to use it as the name.
            problems.add(new ImportPlan.Problem(line, columnOf.get(key + ".handle"), handle, wrongHandle.get()
                    + " Correct it, use it as the name, or leave the row out.", ImportPlan.Severity.ERROR,
                    handle.contains(" ") ? ImportPlan.Fix.USE_AS_NAME : ImportPlan.Fix.NONE));
            failed = true;
            return Optional.empty();
        }
        if (parts.containsKey("followers")) {
            try {
                account = account.withFollowers(FollowerCounts.parse(parts.get("followers")).orElse(null));
            } catch (NumberFormatException | ArithmeticException e) {
                problem(columnOf.get(key + ".followers"), parts.get("followers"),
                        DomainTexts.text("import.row.notAFollowerCount"), false);
            }
        }
        if (parts.containsKey("engagement")) {
            try {
                BigDecimal rate = EngagementRates.parse(parts.get("engagement"), parts.containsKey("fraction"))
                        .orElse(null);
                if (rate != null && (rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(100)) > 0)) {
                    problem(columnOf.get(key + ".engagement"), parts.get("engagement"),
                            DomainTexts.text("import.row.engagementRange"), false);
                    rate = null;
                }
                account = account.withEngagementRate(rate);
            } catch (NumberFormatException e) {
                problem(columnOf.get(key + ".engagement"), parts.get("engagement"),
                        DomainTexts.text("import.row.notAnEngagementRate"), false);
            }
        }
        return Optional.of(account);
    }

    private Integer fit(String text, String column) {
        try {
            int value = new BigDecimal(text.replaceFirst("\\s*/\\s*5$", "").replace(',', '.').strip())
                    .setScale(0, RoundingMode.HALF_UP).intValueExact();
            if (value >= 1 && value <= 5) {
                return value;
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // Reported below.
        }
        problem(column, text, DomainTexts.text("import.row.rating", BrandFit.MIN_RATING, BrandFit.MAX_RATING), false);
        return null;
    }

    private OutreachStatus status(String text, String column) {
        Optional<OutreachStatus> known = StatusWords.find(text);
        if (known.isEmpty()) {
            problem(column, text, DomainTexts.text("import.row.unknownStatus", OutreachStatus.PROSPECT.label()), false);
        }
        return known.orElse(OutreachStatus.PROSPECT);
    }

    private void problem(String column, String value, String reason, boolean error) {
        problems.add(new ImportPlan.Problem(line, column == null ? "" : column, value == null ? "" : value,
                reason, error ? ImportPlan.Severity.ERROR : ImportPlan.Severity.WARNING));
        failed |= error;
    }

    private static boolean empty(String value) {
        return value.isEmpty() || EMPTY_WORDS.contains(value.toLowerCase(Locale.ROOT));
    }
}
