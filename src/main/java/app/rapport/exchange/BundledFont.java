package app.rapport.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.gsub.GsubWorker;
import org.apache.fontbox.ttf.gsub.GsubWorkerFactory;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.fontbox.ttf.model.Language;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One of the fonts Rapport ships, read only when a character first needs it: most sheets are Latin and Korean, and
 * parsing a fallback font costs as much as the rest of a small export.
 */
final class BundledFont {

    /** The substitutions PDFBox 3.0 makes in a font whose script it takes as Latin (GsubWorkerForLatin). */
    private static final List<String> LATIN_FEATURES = List.of("ccmp", "liga", "clig");

    private final PDDocument document;
    private final String file;
    private final Map<Integer, Boolean> covered = new HashMap<>();
    private PDType0Font font;
    private GsubWorker shaper;
    /** The glyph sequences the shaper may replace, by their first glyph; null where every run must be shaped to tell. */
    private Map<Integer, List<List<Integer>>> replaceable;

    BundledFont(PDDocument document, String file) {
        this.document = document;
        this.file = file;
    }

    /** The font, subset-embedded into the document on first use. */
    PDType0Font get() {
        if (font == null) {
            try (InputStream in = BundledFont.class.getResourceAsStream("fonts/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("Missing font " + file);
                }
                font = PDType0Font.load(document, in, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            GsubData gsub = font.getGsubData();
            // The same shaping PDFBox applies when it shows text in this font, to know what glyphs end up drawn.
            shaper = gsub == GsubData.NO_DATA_FOUND ? null
                    : new GsubWorkerFactory().getGsubWorker(font.getCmapLookup(), gsub);
            if (shaper != null && gsub.getLanguage() == Language.LATIN) {
                replaceable = new HashMap<>();
                for (String feature : LATIN_FEATURES) {
                    if (gsub.isFeatureSupported(feature)) {
                        for (List<Integer> glyphs : gsub.getFeature(feature).getAllGlyphIdsForSubstitution()) {
                            replaceable.computeIfAbsent(glyphs.get(0), first -> new ArrayList<>()).add(glyphs);
                        }
                    }
                }
            }
        }
        return font;
    }

    /** Whether the font has a glyph for a code point. */
    boolean has(int codePoint) {
        return covered.computeIfAbsent(codePoint, cp -> get().getCmapLookup().getGlyphId(cp) != 0);
    }

    /**
     * Whether copying the text out of the PDF gives it back as it was drawn. PDFBox maps each embedded glyph back to
     * one code point, the lowest the font gives it, so a conjunct or ligature formed by shaping, or a glyph two code
     * points share (山 and the Kangxi radical ⼭ in a Korean font), would be copied as something else.
     */
    boolean readsBack(String text) {
        CmapLookup cmap = get().getCmapLookup();
        List<Integer> glyphs = new ArrayList<>(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int glyph = cmap.getGlyphId(cp);
            List<Integer> codes = cmap.getCharCodes(glyph);
            if (codes == null || codes.isEmpty() || codes.get(0) != cp) {
                return false;
            }
            glyphs.add(glyph);
        }
        return shaper == null || !mayBeShaped(glyphs) || shaper.applyTransforms(glyphs).equals(glyphs);
    }

    /**
     * Whether any substitution could apply, checked without shaping: shaping a run costs as much as drawing it, and
     * most Latin runs have no ligature in them.
     */
    private boolean mayBeShaped(List<Integer> glyphs) {
        if (replaceable == null) {
            return true;
        }
        for (int i = 0; i < glyphs.size(); i++) {
            for (List<Integer> sequence : replaceable.getOrDefault(glyphs.get(i), List.of())) {
                if (i + sequence.size() <= glyphs.size() && glyphs.subList(i, i + sequence.size()).equals(sequence)) {
                    return true;
                }
            }
        }
        return false;
    }
}
