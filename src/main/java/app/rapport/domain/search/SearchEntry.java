package app.rapport.domain.search;

import app.rapport.domain.Influencer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A contact's values folded once for matching; rebuilt when the contact (a new record) changes.
 *
 * @param slot  its own number, for remembering what recent words matched (a rebuilt entry gets a new one)
 * @param chars which characters the text holds, one bit per {@code char & 63}, and {@code pairs} which pairs of
 *              neighbouring characters, 256 bits: a word with a character or a pair the text lacks is ruled out
 *              without scanning the text, which is most of the work of a keystroke at 100,000 contacts
 */
record SearchEntry(Influencer source, int slot, String text, long chars, long[] pairs, Set<String> tags,
        String city, String email, List<String> languages, Long followers, BigDecimal engagement) {

    /** The pairs of neighbouring characters of {@code text} as {@link #pairs} holds them. */
    static long[] pairsOf(String text) {
        long[] bits = new long[4];
        for (int i = 1; i < text.length(); i++) {
            int bit = pair(text.charAt(i - 1), text.charAt(i));
            bits[bit >>> 6] |= 1L << (bit & 63);
        }
        return bits;
    }

    /** Whether every pair in {@code wanted} is among the four longs of {@code pairs} from {@code at}. */
    static boolean holdsAll(long[] pairs, int at, long[] wanted) {
        return (pairs[at] & wanted[0]) == wanted[0] && (pairs[at + 1] & wanted[1]) == wanted[1]
                && (pairs[at + 2] & wanted[2]) == wanted[2] && (pairs[at + 3] & wanted[3]) == wanted[3];
    }

    private static int pair(char first, char second) {
        return ((first * 0x9E3779B1) ^ (second * 0x85EBCA77)) >>> 24;
    }

    /** The same entry under another slot. */
    SearchEntry withSlot(int newSlot) {
        return new SearchEntry(source, newSlot, text, chars, pairs, tags, city, email, languages, followers,
                engagement);
    }

    /** The characters of {@code text} as {@link #chars} holds them. */
    static long charsOf(String text) {
        long bits = 0;
        for (int i = 0; i < text.length(); i++) {
            bits |= 1L << (text.charAt(i) & 63);
        }
        return bits;
    }
}
