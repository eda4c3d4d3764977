package app.rapport.domain.search;

import static app.rapport.testing.InfluencerBuilder.anInfluencer;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.Influencer;
import app.rapport.domain.Platform;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The search remembers what recent words matched, to narrow as the user types and to answer a backspace at
 * once; whatever is typed, and however contacts change in between, it finds exactly what a fresh search finds.
 */
class ContactSearchMemoryTest {

    private static final String[] FIRST = {"Maria", "Mario", "Marta", "Lena", "Leon", "Luna", "Ana", "Anna"};
    private static final String[] LAST = {"Garcia", "Garner", "Muller", "Moller", "Bakes", "Baker", "Rossi"};
    private static final String[] TAGS = {"vegan", "vegetarian", "baking", "bakery", "coffee"};
    private static final List<String> TYPED = List.of("mar gar", "ma", "luna bak", "-vegan ann", "an ros",
            "bake vegan", "le mul", "zzz", "garcia -tag:coffee", "m");

    @Test
    void typingBackspacingAndEditingAlwaysFindWhatAFreshSearchFinds() {
        Random random = new Random(5);
        List<Influencer> contacts = new ArrayList<>();
        for (long id = 1; id <= 400; id++) {
            contacts.add(contact(random, id));
        }
        ContactSearch remembering = new ContactSearch(SearchFacts.onlyToday(LocalDate.of(2026, 11, 27)));
        int checked = 0;
        for (int round = 0; round < 30; round++) {
            String query = TYPED.get(random.nextInt(TYPED.size()));
            for (String text : keystrokes(query, random)) {
                if (random.nextInt(15) == 0) {
                    // Someone edits a contact meanwhile: a new record with other words.
                    int at = random.nextInt(contacts.size());
                    contacts.set(at, contact(random, contacts.get(at).id()));
                }
                if (random.nextInt(25) == 0) {
                    // Contacts deleted or added meanwhile: positions shift.
                    contacts.remove(random.nextInt(contacts.size()));
                    contacts.add(random.nextInt(contacts.size()), contact(random, 1000L + checked));
                }
                ContactQuery parsed = ContactQuery.parse(text);
                ContactSearch fresh = new ContactSearch(SearchFacts.onlyToday(LocalDate.of(2026, 11, 27)));
                List<Influencer> expected = fresh.find(contacts, parsed);
                assertThat(remembering.find(contacts, parsed)).as(text).isEqualTo(expected);
                // The whole-list path the contacts table uses finds the same, by position.
                BitSet kept = remembering.matches(contacts, remembering.compile(parsed));
                assertThat(kept.stream().mapToObj(contacts::get).toList()).as(text).isEqualTo(expected);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(200);
    }

    private static List<String> keystrokes(String query, Random random) {
        List<String> texts = new ArrayList<>();
        StringBuilder typed = new StringBuilder();
        for (char c : query.toCharArray()) {
            typed.append(c);
            texts.add(typed.toString());
            if (random.nextInt(4) == 0 && typed.length() > 1) {
                typed.setLength(typed.length() - 1);
                texts.add(typed.toString());
                typed.append(c);
                texts.add(typed.toString());
            }
        }
        while (typed.length() > 0) {
            typed.setLength(typed.length() - 1);
            texts.add(typed.toString());
        }
        return texts;
    }

    private static Influencer contact(Random random, long id) {
        String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
        return anInfluencer().named(name).withEmail("c" + id + "@x.example")
                .withTags(TAGS[random.nextInt(TAGS.length)], TAGS[random.nextInt(TAGS.length)])
                .withAccount(Platform.INSTAGRAM, "c" + id, 1000 + random.nextInt(50_000)).build().withId(id);
    }
}
