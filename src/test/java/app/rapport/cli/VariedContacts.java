package app.rapport.cli;

import app.rapport.domain.BrandFit;
import app.rapport.domain.Influencer;
import app.rapport.domain.Outreach;
import app.rapport.domain.OutreachStatus;
import app.rapport.domain.Platform;
import app.rapport.domain.SocialAccount;
import app.rapport.service.Session;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Contacts whose values stress the search's reading of values: accented names, countries whose names have
 * spaces, tags with spaces, follower counts from none to millions, several accounts each. The same seed gives the
 * same contacts.
 */
final class VariedContacts {

    static final String[] FIRST = {"Joy", "Zoë", "Chloé", "Björn", "Ana", "Luna", "Mateo", "Noémie", "Søren",
        "Ines", "Jo", "Renée"};
    static final String[] LAST = {"Müller", "García", "Joyce", "O'Neil", "Bakes", "Lefèvre", "Kim", "Rossi"};
    static final String[] SUFFIX = {"", " Bakes", " Café", " Studio", " & Co"};
    /** The countries used, by code, with their English names: the names the exported sheet holds. */
    static final Map<String, String> COUNTRIES = Map.of("US", "United States", "ES", "Spain", "GB",
            "United Kingdom", "FR", "France", "DE", "Germany", "KR", "South Korea", "CH", "Switzerland");
    static final String[] TAGS = {"vegan", "self care", "baking", "travel", "slow living", "coffee"};
    static final Platform[] PLATFORMS = {Platform.INSTAGRAM, Platform.TIKTOK, Platform.YOUTUBE};
    static final String[] DOMAINS = {"gmail.com", "mail.example", "studio.example"};

    private VariedContacts() {
    }

    /** Saves {@code count} contacts into the workspace. */
    static void fill(Session session, int count, long seed) {
        Random random = new Random(seed);
        List<String> codes = COUNTRIES.keySet().stream().sorted().toList();
        for (int i = 0; i < count; i++) {
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST[random.nextInt(LAST.length)];
            String display = first + SUFFIX[random.nextInt(SUFFIX.length)];
            String realName = random.nextBoolean() ? first + " " + last : null;
            String email = random.nextInt(10) < 7
                    ? ascii(first) + "." + i + "@" + DOMAINS[random.nextInt(DOMAINS.length)] : null;
            String country = random.nextInt(8) == 0 ? null : codes.get(random.nextInt(codes.size()));
            List<String> tags = new ArrayList<>(List.of(TAGS));
            Collections.shuffle(tags, random);
            List<Platform> platforms = new ArrayList<>(List.of(PLATFORMS));
            Collections.shuffle(platforms, random);
            List<SocialAccount> accounts = new ArrayList<>();
            for (Platform platform : platforms.subList(0, random.nextInt(PLATFORMS.length + 1))) {
                String handle = ascii(first) + (random.nextBoolean() ? "." : "_") + ascii(last) + i;
                accounts.add(new SocialAccount(null, platform, handle, null, followers(random), null,
                        LocalDate.of(2026, 11, 1), null, null));
            }
            OutreachStatus status = OutreachStatus.values()[random.nextInt(OutreachStatus.values().length)];
            session.contacts().save(new Influencer(null, display, realName, email, null, null, country, List.of(),
                    tags.subList(0, random.nextInt(4)), null, accounts, BrandFit.NONE,
                    new Outreach(status, null, null, null), null, null));
        }
    }

    /** None, a few hundred, thousands or millions, some on round figures as a query would write them. */
    private static Long followers(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> null;
            case 1 -> (long) random.nextInt(1_000);
            case 2 -> (long) random.nextInt(100_000);
            case 3 -> 1_000L * random.nextInt(2_000);
            case 4 -> (long) random.nextInt(5_000_000);
            default -> 100_000L * random.nextInt(40);
        };
    }

    /** The name without accents or apostrophes, lower-cased, for handles and emails. */
    private static String ascii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    }
}
