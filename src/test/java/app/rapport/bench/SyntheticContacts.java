package app.rapport.bench;

import app.rapport.domain.Deal;
import app.rapport.domain.DealStage;
import app.rapport.domain.Instalment;
import app.rapport.domain.Money;
import app.rapport.service.Session;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic synthetic contact list for the benchmark: names in several scripts, 1–4 social accounts each,
 * tags, notes, cities; the same seed always gives the same file.
 */
public final class SyntheticContacts {

    /** The file's columns and the field each fills, as {@code --map Header=field}. */
    public static final List<String> MAPPING = List.of("Name=name", "Email=email", "Phone=phone", "City=city",
            "Country=country", "Tags=tags", "Notes=notes", "Instagram=instagram.handle",
            "Instagram followers=instagram.followers", "TikTok=tiktok.handle", "TikTok followers=tiktok.followers",
            "YouTube=youtube.handle", "YouTube followers=youtube.followers", "Twitch=twitch.handle",
            "Twitch followers=twitch.followers");

    private static final String[][] NAMES = {
        {"María", "Lucía", "Carmen", "Javier", "Pablo", "Sofía", "Diego", "Elena", "Hugo", "Valeria"},
        {"García", "Martínez", "López", "Sánchez", "Romero", "Navarro", "Torres", "Molina", "Ortega", "Vidal"},
        {"Lena", "Jonas", "Mia", "Lukas", "Hannah", "Felix", "Emma", "Paul", "Clara", "Noah"},
        {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Wagner", "Becker", "Hoffmann", "Schäfer", "Koch"},
        {"Анна", "Мария", "Иван", "Дмитрий", "Елена", "Ольга", "Сергей", "Наталья", "Алексей", "Татьяна"},
        {"Иванова", "Смирнова", "Кузнецова", "Попова", "Соколова", "Лебедева", "Козлова", "Новикова", "Морозова",
            "Волкова"},
        {"지민", "서연", "민준", "하은", "도윤", "수아", "예준", "지우", "시우", "하린"},
        {"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임"},
        {"أحمد", "فاطمة", "محمد", "مريم", "علي", "ليلى", "يوسف", "نور", "عمر", "سارة"},
        {"الحسن", "العلي", "المصري", "الخطيب", "النجار", "الشامي", "الحداد", "السيد", "الزين", "القاسم"},
        {"Aiko", "Haruto", "Yuna", "Sota", "Hina", "Ren", "Mei", "Riku", "Sakura", "Kaito"},
        {"Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato"},
    };
    private static final String[] CITIES = {"Valencia", "Madrid", "Berlin", "Hamburg", "Москва", "서울", "Cairo",
        "Tokyo", "Lyon", "Lisbon", "Milan", "Austin", "Leeds", "Kraków", "Porto", "Osaka"};
    private static final String[] COUNTRIES = {"ES", "ES", "DE", "DE", "RU", "KR", "EG", "JP", "FR", "PT", "IT",
        "US", "GB", "PL", "PT", "JP"};
    private static final String[] TAGS = {"baking", "vegan", "fitness", "travel", "skincare", "gaming", "coffee",
        "books", "pets", "fashion", "crafts", "parenting", "cycling", "yoga", "tech", "gardening", "food", "beauty",
        "music", "diy"};
    private static final String[] NOTE_WORDS = {"loves", "small", "batch", "recipes", "honest", "reviews", "weekly",
        "stories", "replied", "quickly", "prefers", "email", "long", "form", "video", "audience", "mostly", "local",
        "asked", "about", "rates", "gifted", "before", "great", "engagement", "warm", "community", "shoots", "outdoor"};
    private static final String[] PLATFORMS = {"Instagram", "TikTok", "YouTube", "Twitch"};

    private SyntheticContacts() {
    }

    /** Writes {@code count} contacts as a UTF-8 CSV, every email and handle unique. */
    public static void writeCsv(Path file, int count, long seed) throws IOException {
        Random random = new Random(seed);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(",", MAPPING.stream().map(m -> m.substring(0, m.indexOf('='))).toList()));
            out.write('\n');
            for (int i = 0; i < count; i++) {
                int script = random.nextInt(NAMES.length / 2) * 2;
                String first = NAMES[script][random.nextInt(10)];
                String last = NAMES[script + 1][random.nextInt(10)];
                String name = script == 6 ? last + first : first + " " + last;
                int city = random.nextInt(CITIES.length);
                List<String> row = new ArrayList<>();
                row.add(name);
                // Handles and emails in no order, as real ones are (an index on them fills at random places);
                // the number at the end keeps each one unique.
                String handle = TAGS[random.nextInt(TAGS.length)] + "." + NOTE_WORDS[random.nextInt(NOTE_WORDS.length)]
                        + "_" + Integer.toString(i, 36);
                row.add(NOTE_WORDS[random.nextInt(NOTE_WORDS.length)] + "." + Integer.toString(i, 36) + "@mail"
                        + random.nextInt(97) + ".example");
                row.add(random.nextInt(4) == 0 ? "+34 6" + (10_000_000 + random.nextInt(89_999_999)) : "");
                row.add(CITIES[city]);
                row.add(COUNTRIES[city]);
                row.add(String.join(";", pick(random, TAGS, 1 + random.nextInt(3))));
                row.add(random.nextInt(3) == 0 ? "" : String.join(" ", pick(random, NOTE_WORDS, 4 + random.nextInt(12))));
                int accounts = 1 + random.nextInt(4);
                for (int p = 0; p < PLATFORMS.length; p++) {
                    boolean has = p < accounts;
                    row.add(has ? "@" + handle : "");
                    row.add(has ? Integer.toString(500 + random.nextInt(random.nextBoolean() ? 20_000 : 400_000)) : "");
                }
                out.write(String.join(",", row.stream().map(SyntheticContacts::quoted).toList()));
                out.write('\n');
            }
        }
    }

    /** Gives about a tenth of the contacts a deal with one to three instalments. */
    public static int addDeals(Session session, long seed) {
        Random random = new Random(seed);
        int added = 0;
        LocalDate start = LocalDate.of(2026, 1, 15);
        for (var contact : session.contacts().listContacts()) {
            if (random.nextInt(10) != 0) {
                continue;
            }
            int parts = 1 + random.nextInt(3);
            List<Instalment> instalments = new ArrayList<>();
            for (int p = 0; p < parts; p++) {
                LocalDate due = start.plusDays(random.nextInt(330));
                instalments.add(new Instalment(null, Money.of(Integer.toString(50 + random.nextInt(450)), "EUR"),
                        due, null, null, null, random.nextBoolean() ? due : null));
            }
            session.deals().save(new Deal(null, contact.id(), null, "Collaboration", DealStage.AGREED,
                    Money.of(Integer.toString(100 + random.nextInt(900)), "EUR"), null, null, null, List.of(), null,
                    instalments, null, null, null, null));
            added++;
        }
        return added;
    }

    private static List<String> pick(Random random, String[] words, int count) {
        List<String> picked = new ArrayList<>();
        while (picked.size() < Math.min(count, words.length)) {
            String word = words[random.nextInt(words.length)];
            if (!picked.contains(word)) {
                picked.add(word);
            }
        }
        return picked;
    }

    private static String quoted(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
