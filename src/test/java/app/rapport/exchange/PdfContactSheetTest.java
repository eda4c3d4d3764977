package app.rapport.exchange;

import static app.rapport.testing.PdfReading.copied;
import static app.rapport.testing.PdfReading.glyphs;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.BrandFit;
import app.rapport.domain.FitNote;
import app.rapport.domain.Influencer;
import app.rapport.domain.Platform;
import app.rapport.domain.SocialAccount;
import app.rapport.domain.sheet.ExportProgress;
import app.rapport.domain.sheet.Paper;
import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The contact sheet written, then read back with PDFBox's text extraction. */
class PdfContactSheetTest {

    private static Influencer contact(String name, String realName, String handle) {
        return Influencer.named(name).withId(1L).withAccounts(List.of(
                SocialAccount.of(Platform.INSTAGRAM, handle).withFollowers(12_400L)))
                .withTags(List.of("tea", "wellness"));
    }

    private static byte[] sheet(List<Influencer> contacts, Locale locale) throws Exception {
        return sheet(contacts, locale, PdfContactSheet.Layout.TABLE);
    }

    private static byte[] sheet(List<Influencer> contacts, Locale locale, PdfContactSheet.Layout layout)
            throws Exception {
        return sheet(contacts, locale, layout, "status Partner");
    }

    private static byte[] sheet(List<Influencer> contacts, Locale locale, PdfContactSheet.Layout layout,
            String filter) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfContactSheet.write(contacts, new PdfContactSheet.Options(Paper.forLocale(locale), layout,
                "Lumen Candles", filter, LocalDate.of(2026, 11, 27), locale), out, ExportProgress.NONE);
        return out.toByteArray();
    }

    /** Text as some spreadsheets hand it over: every character taken apart (NFD). */
    private static String decomposed(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    @Test
    void cardsShowEveryHandleAndTheLatestBrandFitNote() throws Exception {
        Influencer luna = contact("Luna Bakes", null, "luna.bakes").withAccounts(List.of(
                SocialAccount.of(Platform.INSTAGRAM, "luna.bakes").withFollowers(48_200L),
                SocialAccount.of(Platform.TIKTOK, "lunabakes").withFollowers(121_500L)))
                .withFit(new BrandFit(5, null, List.of(FitNote.at(
                        Instant.parse("2026-11-01T10:00:00Z"), "Uses our candle already"))));

        try (PDDocument pdf = Loader.loadPDF(sheet(List.of(luna), Locale.UK, PdfContactSheet.Layout.CARDS))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Luna Bakes", "Instagram @luna.bakes · 48.2K", "TikTok @lunabakes · 121.5K",
                    "Uses our candle already", "fit 5/5");
        }
    }

    @Test
    void namesInManyScriptsSurviveAndTheHeaderSaysWhatWasPrinted() throws Exception {
        List<Influencer> contacts = List.of(contact("박지우 Matcha", null, "matchamornings"),
                contact("Zoë Moves", null, "zoe.moves"), contact("Ελένη Βαφές", null, "eleni"),
                contact("Сергей Кофе", null, "sergei.coffee"), contact("ليلى", null, "layla"));

        try (PDDocument pdf = Loader.loadPDF(sheet(contacts, Locale.UK))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Contact sheet — Lumen Candles", "27 November 2026", "5 contacts",
                    "status Partner", "박지우 Matcha", "Zoë Moves", "Ελένη Βαφές", "Сергей Кофе", "@matchamornings",
                    "Page 1 of 1");
            // Arabic is drawn right to left: every letter is there, whatever order extraction reads them in.
            assertThat(text).contains("ل").contains("ي").contains("ى");
            assertThat(text).doesNotContain("?");
        }
    }

    @Test
    void longListsRunOnToNumberedPagesOnThePaperOfTheLocale() throws Exception {
        List<Influencer> many = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            many.add(contact("Creator " + i, null, "creator" + i));
        }

        try (PDDocument a4 = Loader.loadPDF(sheet(many, Locale.GERMANY));
             PDDocument letter = Loader.loadPDF(sheet(many, Locale.US))) {
            assertThat(a4.getNumberOfPages()).isEqualTo(3);
            assertThat(a4.getPage(0).getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
            assertThat(letter.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.LETTER.getWidth());
            String text = new PDFTextStripper().getText(a4);
            assertThat(text).contains("Page 1 of 3", "Page 3 of 3", "Creator 0", "Creator 69");
        }
    }

    @Test
    void decomposedNamesInEveryScriptPrintComposedAndNothingBecomesAQuestionMark() throws Exception {
        List<String> names = List.of("설인아", "प्रिया शर्मा", "क्षितिज", "ليلى", "محمد", "Piqué", "Zoë", "さくら 山田",
                "Green 🌱 Tea ✨");
        List<Influencer> contacts = names.stream().map(name -> contact(decomposed(name), null, "creator")).toList();

        for (PdfContactSheet.Layout layout : PdfContactSheet.Layout.values()) {
            byte[] pdf = sheet(contacts, Locale.UK, layout, decomposed("city São Paulo"));
            String raw = copied(pdf);
            String text = Normalizer.normalize(raw, Normalizer.Form.NFC);

            assertThat(text).as(layout.name()).contains("설인아", "प्रिया शर्मा", "क्षितिज", "Piqué", "Zoë",
                    "São Paulo", "さくら 山田", "Green 🌱 Tea ✨");
            // The letters are drawn right to left; extraction reads them back into the order they were typed.
            assertThat(text).as(layout.name()).contains("ليلى", "محمد");
            assertThat(text).as(layout.name()).doesNotContain("?");
            assertThat(glyphs(pdf)).as(layout.name()).doesNotContain("?").doesNotContain("\u25A1");
            // Composing the extracted text would hide loose jamo and floating accents: the glyphs drawn must be
            // whole syllables and accented letters already.
            assertThat(raw).as(layout.name()).doesNotContainPattern("[\\u1100-\\u11FF\\u0300-\\u036F]");
        }
    }

    @Test
    void anEmojiNoBundledFontHasPrintsAsABoxThatCopiesAsTheEmoji() throws Exception {
        // U+1FAE0 (melting face) came in Unicode 14, after the bundled Symbola.
        byte[] pdf = sheet(List.of(contact("Mina 🫠", null, "mina")), Locale.UK);

        assertThat(glyphs(pdf)).contains("Mina □").doesNotContain("?");
        assertThat(copied(pdf)).contains("Mina 🫠");
    }
}
