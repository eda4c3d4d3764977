package app.rapport.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Text in a PDF with the fonts Rapport ships: Noto Sans KR (Latin and Korean) first, DejaVu Sans for what it
 * lacks (Arabic, Hebrew, Cyrillic, Greek, symbols). Right-to-left runs are put in visual order; Arabic letters
 * are shown in their basic forms (no contextual joining).
 */
final class PdfText {

    private final PDFont[] fonts;

    private PdfText(PDFont... fonts) {
        this.fonts = fonts;
    }

    /** The regular and bold faces, subset-embedded into the document. */
    static PdfText[] load(PDDocument document) {
        return new PdfText[] {
            new PdfText(font(document, "NotoSansKR-Regular.ttf"), font(document, "DejaVuSans.ttf")),
            new PdfText(font(document, "NotoSansKR-Bold.ttf"), font(document, "DejaVuSans-Bold.ttf"))
        };
    }

    private static PDFont font(PDDocument document, String name) {
        try (InputStream in = PdfText.class.getResourceAsStream("fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + name);
            }
            return PDType0Font.load(document, in, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A piece of text in one font. */
    private record Run(PDFont font, String text) {
    }

    /** Splits text into runs of one font each, in visual order; characters no font has become "?". */
    private List<Run> runs(String text) {
        String visual = visualOrder(text.replaceAll("[\\p{Cntrl}]", " "));
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        PDFont currentFont = null;
        for (int i = 0; i < visual.length(); ) {
            int cp = visual.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            PDFont chosen = fontFor(ch);
            if (chosen == null) {
                ch = "?";
                chosen = fonts[0];
            }
            if (chosen != currentFont && current.length() > 0) {
                runs.add(new Run(currentFont, current.toString()));
                current.setLength(0);
            }
            currentFont = chosen;
            current.append(ch);
            i += Character.charCount(cp);
        }
        if (current.length() > 0) {
            runs.add(new Run(currentFont, current.toString()));
        }
        return runs;
    }

    private PDFont fontFor(String ch) {
        for (PDFont font : fonts) {
            try {
                font.encode(ch);
                return font;
            } catch (IllegalArgumentException | IOException e) {
                // Not in this font: try the next.
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
            pieces[i] = levels[i] % 2 == 1 ? new StringBuilder(piece).reverse().toString() : piece;
        }
        Bidi.reorderVisually(levels, 0, pieces, 0, count);
        StringBuilder out = new StringBuilder();
        for (Object piece : pieces) {
            out.append(piece);
        }
        return out.toString();
    }

    /** The width of text at a size, in points. */
    float width(String text, float size) {
        float width = 0;
        for (Run run : runs(text)) {
            try {
                width += run.font().getStringWidth(run.text()) / 1000 * size;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return width;
    }

    /** The text cut to fit a width, ending in "…" when cut. */
    String fit(String text, float size, float maxWidth) {
        if (width(text, size) <= maxWidth) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && width(cut + "…", size) > maxWidth) {
            cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
        }
        return cut + "…";
    }

    /** Draws text with its baseline starting at (x, y). */
    void draw(PDPageContentStream content, String text, float x, float y, float size) throws IOException {
        content.beginText();
        content.newLineAtOffset(x, y);
        for (Run run : runs(text)) {
            content.setFont(run.font(), size);
            content.showText(run.text());
        }
        content.endText();
    }
}
