package app.rapport.domain;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text rules shared by the domain: blank handling and accent-insensitive matching. */
public final class Text {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** A lead byte of UTF-8 shown as Windows-1252, then a continuation byte shown the same way. */
    private static final Pattern MOJIBAKE = Pattern.compile("[ÃÂÅÆÐÑ][\u0080-\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]");

    private Text() {
    }

    /** Strips the text and turns an empty result into {@code null}. */
    public static String blankToNull(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** {@code null} as "", for showing optional values. */
    public static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /**
     * Repairs text that was UTF-8 read as Windows-1252 ("CÃ´te d'Ivoire" becomes "Côte d'Ivoire"); returns the
     * text unchanged when it does not look like such mojibake.
     */
    public static String repairMojibake(String text) {
        if (text == null || !MOJIBAKE.matcher(text).find()) {
            return text;
        }
        try {
            byte[] bytes = text.getBytes(Charset.forName("windows-1252"));
            String repaired = StandardCharsets.UTF_8.newDecoder()
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return repaired;
        } catch (CharacterCodingException e) {
            return text;
        }
    }

    /** Lower-cased, accents removed: "Café" and "cafe" fold to the same text. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
