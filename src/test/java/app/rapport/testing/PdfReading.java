package app.rapport.testing;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF read two ways: the text a reader copies out of it, and the glyphs drawn on its pages. The two differ
 * where a span says what drawn glyphs stand for (a fallback box copied as the emoji it replaced).
 */
public final class PdfReading {

    private PdfReading() {
    }

    /** What a reader copies out of the PDF. */
    public static String copied(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return copied(document);
        }
    }

    /** What a reader copies out of the PDF. */
    public static String copied(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return copied(document);
        }
    }

    /** What each glyph drawn is on its own, whatever a span says the glyphs stand for. */
    public static String glyphs(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return glyphs(document);
        }
    }

    /** What each glyph drawn is on its own, whatever a span says the glyphs stand for. */
    public static String glyphs(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return glyphs(document);
        }
    }

    private static String copied(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document);
    }

    private static String glyphs(PDDocument document) throws IOException {
        StringBuilder glyphs = new StringBuilder();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                glyphs.append(text.getUnicode());
                super.processTextPosition(text);
            }
        };
        stripper.getText(document);
        return glyphs.toString();
    }
}
