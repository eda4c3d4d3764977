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
import app.rapport.exchange.ImportField;
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

/** Reads one row of an import into a contact, collecting its problems. */
final class RowReader {

    private static final List<String> EMPTY_WORDS = List.of("n/a", "na", "-", "--", "—", "none", "null", "nan",
            "nan%", "?");

    private final int line;
    private final List<ImportPlan.Problem> problems;
    private final Locale locale;
    private final Clock clock;
    private boolean failed;

    /** What sheets call the row that adds up the others, in the languages Rapport's users write. */
    private static final java.util.Set<String> TOTALS = java.util.Set.of("total", "totals", "sum", "subtotal",
            "sub-total", "grand total", "gesamt", "summe", "insgesamt", "totale", "totaal", "suma", "somme",
            "total general", "totaux", "合計", "总计", "合计", "総計", "합계", "итого", "всего");

    /** Whether a read row is the sheet's totals line ("Total" and figures), not a creator. */
    static boolean isTotals(Influencer contact) {
        String name = Text.fold(contact.displayName()).strip().replaceAll("[:.]+$", "");
        return TOTALS.contains(name) && contact.accounts().isEmpty() && contact.email() == null
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
        Map<Platform, Map<String, String>> accounts = new EnumMap<>(Platform.class);
        Map<String, String> columnOf = new HashMap<>();
        mapping.forEach((header, field) -> {
            String raw = values.get(index.get(header)).strip();
            String value = Text.repairMojibake(raw);
            if (empty(value)) {
                return;
            }
            if (!value.equals(raw)) {
                problem(header, raw, "Garbled characters repaired to \"" + value + "\".", false);
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

    private static boolean empty(String value) {
        return value.isEmpty() || EMPTY_WORDS.contains(value.toLowerCase(Locale.ROOT));
    }
}
