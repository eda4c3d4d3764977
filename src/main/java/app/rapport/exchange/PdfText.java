package app.rapport.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Bidi;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;

/**
 * Text in a PDF with the fonts Rapport ships: Noto Sans KR (Latin, Korean, kana, common Han) first, then DejaVu Sans
 * (Arabic, Hebrew, Cyrillic, Greek, symbols), Noto Sans Devanagari, and Symbola (emoji up to Unicode 9). Text is
 * composed (NFC) before a font is chosen; right-to-left runs are put in visual order; Arabic letters are shown in their
 * basic forms (no contextual joining); a character no font has prints as a box that copies as the character.
 */
final class PdfText {

    /** Drawn for a character no bundled font has: a box a reader sees, where "?" would pass for punctuation. */
    static final int MISSING = 0x25A1;

    /** One user-perceived character (a letter with its marks, an emoji with its modifiers). */
    private static final Pattern GRAPHEME = Pattern.compile("\\X");

    private static final int VIRAMA = 0x094D;
    private static final int ZERO_WIDTH_JOINER = 0x200D;

    private static final int ELLIPSIS = 0x2026;

    private final BundledFont[] fonts;
    private final BundledFont ellipsisFont;

    /**
     * @param ellipsisFont where "…" comes from: Noto Sans KR centres it between the lines, as Korean sets it, so that
     *                     after a cut Latin or Hindi name it floats like a stray dash; DejaVu Sans sets it on the line
     */
    private PdfText(BundledFont ellipsisFont, BundledFont... fonts) {
        this.ellipsisFont = ellipsisFont;
        this.fonts = fonts;
    }

    /** The regular and bold faces, subset-embedded into the document. */
    static PdfText[] load(PDDocument document) {
        // Symbola has one weight; both faces share it so that it is embedded once.
        BundledFont symbols = new BundledFont(document, "Symbola.ttf");
        BundledFont dejaVu = new BundledFont(document, "DejaVuSans.ttf");
        BundledFont dejaVuBold = new BundledFont(document, "DejaVuSans-Bold.ttf");
        return new PdfText[] {
            new PdfText(dejaVu, new BundledFont(document, "NotoSansKR-Regular.ttf"), dejaVu,
                    new BundledFont(document, "NotoSansDevanagari-Regular.ttf"), symbols),
            new PdfText(dejaVuBold, new BundledFont(document, "NotoSansKR-Bold.ttf"), dejaVuBold,
                    new BundledFont(document, "NotoSansDevanagari-Bold.ttf"), symbols)
        };
    }

    /** A piece of text in one font: what is drawn, and what it stands for when copied. */
    private record Run(BundledFont font, String drawn, String text) {
    }

    /** Text as it is drawn: composed, so that decomposed input (Hangul jamo, e + accent) prints whole. */
    private static String composed(String text) {
        return Normalizer.normalize(text.replaceAll("\\p{Cntrl}", " "), Normalizer.Form.NFC);
    }

    /** Splits text into runs of one font each, in visual order. */
    private List<Run> runs(String text) {
        String visual = visualOrder(composed(text));
        List<Run> runs = new ArrayList<>();
        StringBuilder drawn = new StringBuilder();
        StringBuilder meant = new StringBuilder();
        BundledFont currentFont = null;
        for (int i = 0; i < visual.length(); ) {
            int cp = visual.codePointAt(i);
            i += Character.charCount(cp);
            if (currentFont != null && (isSkinTone(cp) || isJoinerOrSelector(cp) && !currentFont.has(cp))) {
                // Copied, not drawn: a one-colour font draws a skin tone as a grey swatch beside the emoji, and a
                // joiner or variation selector only means something to the font of the character before it.
                meant.appendCodePoint(cp);
                continue;
            }
            int shown = cp;
            BundledFont chosen;
            if (currentFont != null && joinsPrevious(cp) && currentFont.has(cp)) {
                // A mark stays in its base letter's font, so that the font can place it.
                chosen = currentFont;
            } else {
                chosen = fontFor(cp);
            }
            if (chosen == null) {
                if (joinsPrevious(cp)) {
                    // A mark with nothing to sit on is invisible: a box would only add noise.
                    continue;
                }
                shown = MISSING;
                chosen = fontFor(MISSING);
            }
            if (chosen != currentFont && drawn.length() > 0) {
                runs.add(new Run(currentFont, drawn.toString(), meant.toString()));
                drawn.setLength(0);
                meant.setLength(0);
            }
            currentFont = chosen;
            drawn.appendCodePoint(shown);
            meant.appendCodePoint(cp);
        }
        if (drawn.length() > 0) {
            runs.add(new Run(currentFont, drawn.toString(), meant.toString()));
        }
        return runs;
    }

    /** Whether a code point belongs to the character before it rather than standing alone. */
    private static boolean joinsPrevious(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || isJoinerOrSelector(cp);
    }

    /** Zero-width (non-)joiners and variation selectors (text or emoji style, ideographic variants). */
    private static boolean isJoinerOrSelector(int cp) {
        return cp == ZERO_WIDTH_JOINER || cp == 0x200C || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    private static boolean isSkinTone(int cp) {
        return cp >= 0x1F3FB && cp <= 0x1F3FF;
    }

    private BundledFont fontFor(int cp) {
        if (cp == ELLIPSIS) {
            return ellipsisFont;
        }
        for (BundledFont font : fonts) {
            if (font.has(cp)) {
                return font;
            }
        }
        return null;
    }

    /** Reorders right-to-left runs (Arabic, Hebrew) for drawing left to right. */
    static String visualOrder(String text) {
        if (!Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
            return text;
        }
        Bidi bidi = new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int count = bidi.getRunCount();
        byte[] levels = new byte[count];
        Object[] pieces = new Object[count];
        for (int i = 0; i < count; i++) {
            String piece = text.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
            levels[i] = (byte) bidi.getRunLevel(i);
            pieces[i] = levels[i] % 2 == 1 ? reversedByCharacter(piece) : piece;
        }
        Bidi.reorderVisually(levels, 0, pieces, 0, count);
        StringBuilder out = new StringBuilder();
        for (Object piece : pieces) {
            out.append(piece);
        }
        return out.toString();
    }

    /** Reverses whole characters, so that a vowel mark stays after the letter it sits on. */
    private static String reversedByCharacter(String text) {
        List<String> characters = graphemes(text);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = characters.size() - 1; i >= 0; i--) {
            out.append(characters.get(i));
        }
        return out.toString();
    }

    private static List<String> graphemes(String text) {
        List<String> characters = new ArrayList<>();
        Matcher matcher = GRAPHEME.matcher(text);
        while (matcher.find()) {
            characters.add(matcher.group());
        }
        return characters;
    }

    /** The width of text at a size, in points. */
    float width(String text, float size) {
        float width = 0;
        for (Run run : runs(text)) {
            try {
                width += run.font().get().getStringWidth(run.drawn()) / 1000 * size;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return width;
    }

    /**
     * The text, composed, cut to fit a width and ending in "…" when cut. It is cut between whole characters, never
     * just after a space, a virama or a joiner.
     */
    String fit(String text, float size, float maxWidth) {
        String whole = composed(text);
        if (width(whole, size) <= maxWidth) {
            return whole;
        }
        List<String> characters = graphemes(whole);
        int kept = characters.size();
        String cut = whole;
        while (kept > 0 && (width(cut + "…", size) > maxWidth || endsBadlyForACut(cut))) {
            kept--;
            cut = String.join("", characters.subList(0, kept));
        }
        return cut + "…";
    }

    /** A space before the "…" looks like a gap; a virama or joiner would leave half a conjunct or emoji. */
    private static boolean endsBadlyForACut(String text) {
        if (text.isEmpty()) {
            return false;
        }
        int last = text.codePointBefore(text.length());
        return last == VIRAMA || last == ZERO_WIDTH_JOINER || Character.isWhitespace(last);
    }

    /** Draws text with its baseline starting at (x, y). */
    void draw(PDPageContentStream content, String text, float x, float y, float size) throws IOException {
        content.beginText();
        content.newLineAtOffset(x, y);
        for (Run run : runs(text)) {
            content.setFont(run.font().get(), size);
            if (run.drawn().equals(run.text()) && run.font().readsBack(run.drawn())) {
                show(content, run.drawn());
            } else {
                // Tells readers what the glyphs stand for, so that copying and searching find the name as typed.
                COSDictionary span = new COSDictionary();
                span.setString(COSName.ACTUAL_TEXT, run.text());
                content.beginMarkedContent(COSName.getPDFName("Span"), PDPropertyList.create(span));
                show(content, run.drawn());
                content.endMarkedContent();
            }
        }
        content.endText();
    }

    private static void show(PDPageContentStream content, String text) throws IOException {
        for (String piece : DevanagariShaping.pieces(text)) {
            content.showText(piece);
        }
    }
}
