package app.rapport.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares Devanagari for PDFBox's own shaping, which forms conjuncts and places most rephs and vowel signs right, but
 * puts the vowel sign ि between a consonant and its nukta (ज़िया), and misplaces a reph before a consonant with ि
 * (कीर्ति would print as कीतर्). Letters with a nukta are shown as their one precomposed character, which Unicode
 * composition leaves apart; the reph of such a syllable is moved to the syllable's end, where PDFBox handles it, and
 * the syllable ends the piece shown, so that PDFBox does not move the reph onto the next consonant.
 */
final class DevanagariShaping {

    /** र् (the reph), one consonant with an optional nukta, the vowel sign ि, and an optional candrabindu or anusvara. */
    private static final Pattern REPH_BEFORE_VOWEL_SIGN_I =
            Pattern.compile("\u0930\u094D([\u0915-\u0939\u0958-\u095F]\u093C?\u093F[\u0901\u0902]?)");

    private static final char NUKTA = '\u093C';

    /** क ख ग ज ड ढ फ य, which with a nukta have a character of their own (U+0958 to U+095F) in the same order. */
    private static final String NUKTA_BASES = "\u0915\u0916\u0917\u091C\u0921\u0922\u092B\u092F";

    private DevanagariShaping() {
    }

    /** The text as pieces to show one after the other; text with no such syllable comes back as one piece. */
    static List<String> pieces(String text) {
        String whole = withNuktaLettersWhole(text);
        Matcher matcher = REPH_BEFORE_VOWEL_SIGN_I.matcher(whole);
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (matcher.find()) {
            pieces.add(whole.substring(start, matcher.start()) + matcher.group(1) + "\u0930\u094D");
            start = matcher.end();
        }
        if (start < whole.length() || pieces.isEmpty()) {
            pieces.add(whole.substring(start));
        }
        return pieces;
    }

    private static String withNuktaLettersWhole(String text) {
        if (text.indexOf(NUKTA) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int base = NUKTA_BASES.indexOf(c);
            if (base >= 0 && i + 1 < text.length() && text.charAt(i + 1) == NUKTA) {
                out.append((char) (0x0958 + base));
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
