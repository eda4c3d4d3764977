package app.rapport.domain.search;

import app.rapport.domain.Countries;
import app.rapport.domain.FitNote;
import app.rapport.domain.Influencer;
import app.rapport.domain.SocialAccount;
import app.rapport.domain.Text;
import app.rapport.domain.text.Messages;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A contact's values folded once for matching; rebuilt when the contact (a new record) changes.
 *
 * @param slot  its own number, for remembering what recent words matched (a rebuilt entry gets a new one)
 * @param text       every searchable value folded, one a line: first the names, then the handles, then the rest
 * @param namesEnd   where the names end in {@code text} (display name and real name), for {@code name:}
 * @param handlesEnd where the handles that follow them end, for {@code handle:}: offsets into the one text rather
 *                   than strings of their own, which at 100,000 contacts would cost megabytes of heap
 * @param chars      which characters the text holds ({@link #charBit}), and {@code pairs} which pairs of
 *                   neighbouring characters, 256 bits: a word with a character or a pair the text lacks is ruled
 *                   out without scanning the text, which is most of the work of a keystroke at 100,000 contacts
 */
record SearchEntry(Influencer source, int slot, String text, int namesEnd, int handlesEnd, long chars, long[] pairs,
        Set<String> tags, String city, String email, List<String> languages, Long followers, BigDecimal engagement) {

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

    /** Folds a contact's values for the search, with the facts known now (interactions, countries). */
    static SearchEntry of(Influencer contact, SearchFacts facts, int slot) {
        return of(contact, facts, slot, SearchEntry::foldKeepingEqual);
    }

    /**
     * As {@link #of(Influencer, SearchFacts, int)}, folding the short values that repeat from contact to contact
     * (tags, city, languages) with {@code foldShort}, which can give one folded text to all that share it.
     */
    static SearchEntry of(Influencer contact, SearchFacts facts, int slot, UnaryOperator<String> foldShort) {
        SocialAccount main = contact.mainAccount().orElse(null);
        // Folded a part at a time: folding can change a text's length (Hangul splits into letters), so the
        // offsets of the names and handles are those of the folded parts.
        String names = Text.fold(names(contact));
        String handles = Text.fold(handles(contact));
        String text = names + handles + Text.fold(otherText(contact, facts));
        return new SearchEntry(contact, slot, text, names.length(), names.length() + handles.length(),
                charsOf(text), pairsOf(text),
                contact.tags().stream().map(foldShort).collect(Collectors.toUnmodifiableSet()),
                foldShort.apply(contact.city()), foldKeepingEqual(contact.email()),
                contact.languages().stream().map(foldShort).toList(),
                main == null ? null : main.followers(), main == null ? null : main.engagementRate());
    }

    /** The folded text, or the text itself when folding leaves it as it is, so no copy is kept. */
    static String foldKeepingEqual(String value) {
        String folded = Text.fold(value);
        return folded.equals(value) ? value : folded;
    }

    /** Whether a part of the display name or the real name is {@code part} (folded). */
    boolean nameHolds(String part) {
        int at = text.indexOf(part);
        // The first occurrence is the earliest: if it does not end within the names, none does.
        return at >= 0 && at + part.length() <= namesEnd;
    }

    /** Whether a part of a handle (on any platform) is {@code part} (folded). */
    boolean handleHolds(String part) {
        int at = text.indexOf(part, namesEnd);
        return at >= 0 && at + part.length() <= handlesEnd;
    }

    private static String names(Influencer c) {
        StringBuilder s = new StringBuilder(64);
        append(s, c.displayName());
        append(s, c.realName());
        return s.toString();
    }

    private static String handles(Influencer c) {
        StringBuilder s = new StringBuilder(64);
        for (SocialAccount account : c.accounts()) {
            append(s, account.displayHandle());
        }
        return s.toString();
    }

    /** The searchable values besides names and handles. */
    private static String otherText(Influencer c, SearchFacts facts) {
        StringBuilder s = new StringBuilder(256);
        for (SocialAccount account : c.accounts()) {
            // An address the platform makes from the handle adds nothing the handle does not (a pasted one is
            // searched by its handle), and would be a third of the text at 100,000 contacts.
            if (!account.platform().makesProfileUrl(account.handle())) {
                append(s, account.profileUrl());
            }
        }
        append(s, c.email());
        c.tags().forEach(tag -> append(s, tag));
        append(s, c.city());
        if (c.country() != null) {
            append(s, c.country());
            append(s, Countries.displayName(c.country(), Locale.ENGLISH));
            append(s, Countries.displayName(c.country(), Messages.locale()));
        }
        c.languages().forEach(language -> append(s, language));
        append(s, c.audienceNotes());
        append(s, c.fit().redFlags());
        for (FitNote note : c.fit().notes()) {
            append(s, note.text());
        }
        if (c.id() != null) {
            append(s, facts.interactionText().get(c.id()));
        }
        return s.toString();
    }

    private static void append(StringBuilder s, String part) {
        if (part != null) {
            s.append(part).append('\n');
        }
    }

    /** The same entry under another slot. */
    SearchEntry withSlot(int newSlot) {
        return new SearchEntry(source, newSlot, text, namesEnd, handlesEnd, chars, pairs, tags, city, email, languages,
                followers, engagement);
    }

    /** The characters of {@code text} as {@link #chars} holds them. */
    static long charsOf(String text) {
        long bits = 0;
        for (int i = 0; i < text.length(); i++) {
            bits |= charBit(text.charAt(i));
        }
        return bits;
    }

    /**
     * A character's bit: its own for a–z and 0–9 (so a one-letter word is answered by the bit alone), a shared
     * one for the others.
     */
    static long charBit(char c) {
        if (c >= 'a' && c <= 'z') {
            return 1L << (c - 'a');
        }
        if (c >= '0' && c <= '9') {
            return 1L << (26 + c - '0');
        }
        return 1L << (36 + c % 28);
    }

    /** Whether {@link #charBit} gives this character a bit of its own. */
    static boolean hasOwnBit(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }
}
