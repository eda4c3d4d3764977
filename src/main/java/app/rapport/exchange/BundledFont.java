package app.rapport.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.gsub.GsubWorker;
import org.apache.fontbox.ttf.gsub.GsubWorkerFactory;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.fontbox.ttf.model.Language;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One of the fonts Rapport ships, read only when a character first needs it: most sheets are Latin and Korean, and
 * parsing a fallback font costs as much as the rest of a small export.
 */
final class BundledFont {

    /** The scripts whose glyph substitutions PDFBox applies as shaping: without them the letters would not join. */
    private static final Set<Language> SHAPED = EnumSet.of(Language.DEVANAGARI, Language.BENGALI, Language.GUJARATI);

    private final PDDocument document;
    private final String file;
    private final Map<Integer, Boolean> covered = new HashMap<>();
    private PDType0Font font;
    private GsubWorker shaper;

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
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
                // For other scripts PDFBox's substitutions are only Latin ligatures (fi, fl), and it looks for them
                // by compiling a pattern of the font's every ligature for each string drawn: two thirds of a sheet's
                // time. Letters drawn one by one look the same and copy as typed.
                if (!SHAPED.contains(ttf.getGsubData().getLanguage())) {
                    ttf.setEnableGsub(false);
                }
                font = PDType0Font.load(document, ttf, true);
                document.registerTrueTypeFontForClosing(ttf);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            GsubData gsub = font.getGsubData();
            // The same shaping PDFBox applies when it shows text in this font, to know what glyphs end up drawn.
            shaper = gsub == GsubData.NO_DATA_FOUND ? null
                    : new GsubWorkerFactory().getGsubWorker(font.getCmapLookup(), gsub);
        }
        return font;
    }

    /** Whether the font has a glyph for a code point. */
    boolean has(int codePoint) {
        return covered.computeIfAbsent(codePoint, cp -> get().getCmapLookup().getGlyphId(cp) != 0);
    }

    /**
     * Whether copying the text out of the PDF gives it back as it was drawn. PDFBox maps each embedded glyph back to
     * one code point, the lowest the font gives it, so a conjunct formed by shaping, or a glyph two code points share
     * (山 and the Kangxi radical ⼭ in a Korean font), would be copied as something else.
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
        return shaper == null || shaper.applyTransforms(glyphs).equals(glyphs);
    }
}
