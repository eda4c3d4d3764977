package app.rapport.exchange;

import static app.rapport.testing.PdfReading.copied;
import static app.rapport.testing.PdfReading.glyphs;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.PostScriptTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lines drawn with the bundled fonts into a real PDF file, then read back glyph by glyph and as copied text. */
class PdfTextTest {

    @TempDir
    Path folder;

    /** Draws each line in the regular face, one under the other, and saves the PDF. */
    private Path drawn(String... lines) throws IOException {
        Path file = folder.resolve("lines.pdf");
        try (PDDocument document = new PDDocument()) {
            PdfText regular = PdfText.load(document)[0];
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = 740;
                for (String line : lines) {
                    regular.draw(content, line, 40, y, 18);
                    y -= 30;
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    /**
     * The names of the Devanagari glyphs drawn, in drawing order. PDFBox keeps a glyph's number in the bundled font
     * as its character code in the PDF, so the bundled font names it.
     */
    private static List<String> devanagariGlyphNames(Path pdf) throws IOException {
        try (InputStream in = PdfText.class.getResourceAsStream("fonts/NotoSansDevanagari-Regular.ttf");
             TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
            PostScriptTable names = font.getPostScript();
            List<String> drawn = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    if (text.getFont().getName().contains("NotoSansDevanagari")) {
                        for (int code : text.getCharacterCodes()) {
                            drawn.add(names.getName(code));
                        }
                    }
                    super.processTextPosition(text);
                }
            };
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                stripper.getText(document);
            }
            return drawn;
        }
    }

    @Test
    void conjunctsAreDrawnAsOneGlyphWithTheVowelSignIBeforeThem() throws Exception {
        Path pdf = drawn("क्षितिज", "प्रिया");

        assertThat(devanagariGlyphNames(pdf)).containsExactly(
                "ivowelsigndeva", "kassadeva", "ivowelsigndeva", "tadeva", "jadeva",
                "ivowelsigndeva", "paradeva", "yadeva", "aavowelsigndeva");
        assertThat(copied(pdf)).contains("क्षितिज", "प्रिया");
    }

    @Test
    void aRephBeforeTheVowelSignIIsDrawnAtTheEndOfItsSyllable() throws Exception {
        // PDFBox alone draws कीर्ति as की त र ि ्: a loose र् and ि after the त.
        Path pdf = drawn("कीर्ति");

        assertThat(devanagariGlyphNames(pdf)).containsExactly(
                "kadeva", "iivowelsigndeva", "ivowelsigndeva", "tadeva", "rephdeva");
        assertThat(copied(pdf)).contains("कीर्ति");
    }

    @Test
    void aLetterWithANuktaKeepsItBesideTheVowelSignI() throws Exception {
        // Composing (NFC) takes ज़ apart into ज and ़, and PDFBox would put ि between the two.
        Path pdf = drawn("\u095B\u093F\u092F\u093E", "\u091C\u093C\u093F\u092F\u093E");

        assertThat(devanagariGlyphNames(pdf)).containsExactly(
                "ivowelsigndeva", "zadeva", "yadeva", "aavowelsigndeva",
                "ivowelsigndeva", "zadeva", "yadeva", "aavowelsigndeva");
        assertThat(Normalizer.normalize(copied(pdf), Normalizer.Form.NFC)).contains("ज़िया");
    }

    @Test
    void hanCharactersSharedWithKangxiRadicalsCopyAsTheCharactersTyped() throws Exception {
        // Noto Sans KR draws 山 and the radical ⼭ with one glyph; PDFBox alone would copy 山田 as ⼭⽥.
        Path pdf = drawn("山田 さくら");

        assertThat(copied(pdf)).contains("山田 さくら");
    }

    @Test
    void ligaturesCopyAsTheirLetters() throws Exception {
        Path pdf = drawn("Sofia office");

        assertThat(copied(pdf)).contains("Sofia office");
    }

    @Test
    void aCharacterNoBundledFontHasIsDrawnAsABoxAndCopiesAsItself() throws Exception {
        // 桜 is a Japanese form Noto Sans KR lacks; U+1FAE0 (melting face) came after Symbola's Unicode 9.
        Path pdf = drawn("桜井 Mina 🫠");

        assertThat(glyphs(pdf)).contains("□井 Mina □").doesNotContain("?");
        assertThat(copied(pdf)).contains("桜井 Mina 🫠");
    }

    @Test
    void emojiAreDrawnFromSymbolaAndSkinTonesAndStyleSelectorsAreCopiedButNotDrawn() throws Exception {
        Path pdf = drawn("Green 🌱 Tea ✨ 👍🏽 ❤️");

        assertThat(glyphs(pdf)).contains("Green 🌱 Tea ✨ 👍").doesNotContain("🏽").doesNotContain("□");
        assertThat(copied(pdf)).contains("Green 🌱 Tea ✨ 👍🏽 ❤️");
    }

    @Test
    void cuttingToFitKeepsWholeCharactersAndNoSpaceBeforeTheEllipsis() throws Exception {
        try (PDDocument document = new PDDocument()) {
            PdfText regular = PdfText.load(document)[0];
            String name = Normalizer.normalize("प्रिया क्षत्रिय Zoë 설인아", Normalizer.Form.NFC);
            float full = regular.width(name, 10);

            for (float room = 6; room < full; room += 1) {
                String fitted = regular.fit(Normalizer.normalize(name, Normalizer.Form.NFD), 10, room);

                assertThat(fitted).endsWith("…");
                String kept = fitted.substring(0, fitted.length() - 1);
                assertThat(name).startsWith(kept);
                assertThat(kept).doesNotEndWith(" ").doesNotEndWith("\u094D");
                // What was cut off does not begin with a vowel sign, virama or accent torn from its letter.
                assertThat(name.substring(kept.length())).doesNotMatch("(?s)[\\u093E-\\u094D\\u0300-\\u036F].*");
            }
        }
    }

    @Test
    void theEllipsisOfACutNameSitsOnTheLineNotBetweenTheLines() throws Exception {
        Path file = folder.resolve("cut.pdf");
        try (PDDocument document = new PDDocument()) {
            PdfText regular = PdfText.load(document)[0];
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                regular.draw(content, regular.fit("Überlänge Kreativstudio", 18, 120), 40, 700, 18);
            }
            document.save(file.toFile());
        }
        List<String> fonts = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                if (text.getUnicode().equals("…")) {
                    fonts.add(text.getFont().getName());
                }
                super.processTextPosition(text);
            }
        };
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            stripper.getText(document);
        }

        // Noto Sans KR centres "…" between the lines, as Korean sets it; DejaVu Sans sets it on the baseline.
        assertThat(fonts).singleElement().asString().contains("DejaVuSans");
    }
}
