package app.rapport.exchange;

import app.rapport.domain.BrandFit;
import app.rapport.domain.FollowerCounts;
import app.rapport.domain.Influencer;
import app.rapport.domain.SocialAccount;
import app.rapport.domain.sheet.ExportProgress;
import app.rapport.domain.sheet.Paper;
import app.rapport.domain.text.DomainTexts;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A printable contact sheet: a header with the sheet's title, the date and the filter, then one table row per
 * contact (name, main account with followers, email and phone, niches, status, fit), and "Page x of y".
 */
public final class PdfContactSheet {

    /** A row per contact, or a card per contact with every handle and the latest brand-fit note. */
    public enum Layout { TABLE, CARDS }

    /**
     * @param title  the brand or workspace name at the top
     * @param filter what the contacts were chosen by ("" for everyone)
     */
    public record Options(Paper paper, Layout layout, String title, String filter, LocalDate printedOn,
            Locale locale) {
    }

    private static final float CARD_HEIGHT = 112;
    private static final float CARD_GAP = 10;

    private static final float MARGIN = 36;
    private static final float ROW = 22;
    private static final float TEXT = 8.5f;
    /** The columns' headings, as keys {@code pdf.column.*} of the domain bundle. */
    private static final String[] HEADERS = {"name", "mainAccount", "emailPhone", "niches", "status", "fit"};
    private static final float[] SHARES = {0.19f, 0.21f, 0.25f, 0.16f, 0.12f, 0.07f};

    private PdfContactSheet() {
    }

    public static void write(List<Influencer> contacts, Options options, OutputStream out, ExportProgress progress)
            throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfText[] faces = PdfText.load(document);
            PdfText regular = faces[0];
            PdfText bold = faces[1];
            PDRectangle size = options.paper() == Paper.LETTER ? PDRectangle.LETTER : PDRectangle.A4;
            float width = size.getWidth() - 2 * MARGIN;
            float[] widths = new float[SHARES.length];
            for (int i = 0; i < SHARES.length; i++) {
                widths[i] = SHARES[i] * width;
            }
            int done = 0;
            int index = 0;
            do {
                PDPage page = new PDPage(size);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float y = size.getHeight() - MARGIN;
                    if (document.getNumberOfPages() == 1) {
                        y = header(content, regular, bold, options, contacts.size(), y, width);
                    }
                    if (options.layout() == Layout.CARDS) {
                        float cardWidth = (width - CARD_GAP) / 2;
                        while (index < contacts.size() && y - CARD_HEIGHT > MARGIN + 20) {
                            for (int column = 0; column < 2 && index < contacts.size(); column++) {
                                card(content, regular, bold, contacts.get(index),
                                        MARGIN + column * (cardWidth + CARD_GAP), y, cardWidth);
                                index++;
                                progress.row(++done, contacts.size());
                            }
                            y -= CARD_HEIGHT + CARD_GAP;
                        }
                    } else {
                        y = tableHeader(content, bold, widths, y, width);
                        while (index < contacts.size() && y - ROW > MARGIN + 20) {
                            row(content, regular, widths, contacts.get(index), y, width, index % 2 == 1);
                            y -= ROW;
                            index++;
                            progress.row(++done, contacts.size());
                        }
                    }
                }
            } while (index < contacts.size());
            footers(document, regular, size);
            document.save(out);
        }
    }

    private static float header(PDPageContentStream content, PdfText regular, PdfText bold, Options options,
            int count, float y, float width) throws IOException {
        content.setNonStrokingColor(new Color(0x4A, 0x21, 0x58));
        bold.draw(content, bold.fit(DomainTexts.text("pdf.title", options.title()), 16, width), MARGIN, y - 16, 16);
        content.setNonStrokingColor(new Color(0x57, 0x60, 0x6A));
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(options.locale())
                .format(options.printedOn());
        String line = options.filter().isBlank() ? DomainTexts.text("pdf.subtitle", date, count)
                : DomainTexts.text("pdf.subtitleFiltered", date, count, options.filter());
        regular.draw(content, regular.fit(line, 9, width), MARGIN, y - 32, 9);
        return y - 48;
    }

    private static float tableHeader(PDPageContentStream content, PdfText bold, float[] widths, float y, float width)
            throws IOException {
        content.setNonStrokingColor(new Color(0xEF, 0xE6, 0xF3));
        content.addRect(MARGIN, y - ROW, width, ROW);
        content.fill();
        content.setNonStrokingColor(Color.BLACK);
        float x = MARGIN;
        for (int i = 0; i < HEADERS.length; i++) {
            bold.draw(content, DomainTexts.text("pdf.column." + HEADERS[i]), x + 4, y - 14, TEXT);
            x += widths[i];
        }
        return y - ROW;
    }

    private static void row(PDPageContentStream content, PdfText text, float[] widths, Influencer c, float y,
            float width, boolean shaded) throws IOException {
        if (shaded) {
            content.setNonStrokingColor(new Color(0xF6, 0xF8, 0xFA));
            content.addRect(MARGIN, y - ROW, width, ROW);
            content.fill();
        }
        content.setNonStrokingColor(Color.BLACK);
        SocialAccount main = c.mainAccount().orElse(null);
        List<String> about = new ArrayList<>();
        if (main != null) {
            about.add(main.platform().label());
            if (main.followers() != null) {
                about.add(DomainTexts.text("pdf.followers", FollowerCounts.abbreviate(main.followers())));
            }
            if (c.accounts().size() > 1) {
                about.add(DomainTexts.text("pdf.moreAccounts", c.accounts().size() - 1));
            }
        }
        String account = String.join(" · ", about);
        String[][] cells = {
            {c.displayName(), c.realName()},
            {main == null ? "" : main.displayHandle(), main == null ? null : account},
            {c.email(), c.phone()},
            {String.join(", ", c.tags()), null},
            {c.outreach().status().label(), null},
            {c.fit().rating() == null ? "" : DomainTexts.text("pdf.rating", c.fit().rating(), BrandFit.MAX_RATING),
                null},
        };
        float x = MARGIN;
        for (int i = 0; i < cells.length; i++) {
            float room = widths[i] - 8;
            String first = cells[i][0] == null ? "" : cells[i][0];
            String second = cells[i][1];
            if (second == null) {
                text.draw(content, text.fit(first, TEXT, room), x + 4, y - 14, TEXT);
            } else {
                text.draw(content, text.fit(first, TEXT, room), x + 4, y - 9.5f, TEXT);
                content.setNonStrokingColor(new Color(0x57, 0x60, 0x6A));
                text.draw(content, text.fit(second, 7, room), x + 4, y - 18.5f, 7);
                content.setNonStrokingColor(Color.BLACK);
            }
            x += widths[i];
        }
    }

    /** A card: name, handles with followers, email and phone, niches, status and fit, latest brand-fit note. */
    private static void card(PDPageContentStream content, PdfText regular, PdfText bold, Influencer c, float x,
            float top, float width) throws IOException {
        content.setStrokingColor(new Color(0xD0, 0xD7, 0xDE));
        content.addRect(x, top - CARD_HEIGHT, width, CARD_HEIGHT);
        content.stroke();
        float room = width - 16;
        float y = top - 16;
        content.setNonStrokingColor(Color.BLACK);
        bold.draw(content, bold.fit(c.displayName(), 11, room), x + 8, y, 11);
        content.setNonStrokingColor(new Color(0x57, 0x60, 0x6A));
        String status = c.fit().rating() == null ? c.outreach().status().label()
                : DomainTexts.text("pdf.statusAndFit", c.outreach().status().label(), c.fit().rating(),
                        BrandFit.MAX_RATING);
        regular.draw(content, status, x + width - 8 - regular.width(status, 7.5f), y, 7.5f);
        if (c.realName() != null) {
            y -= 11;
            regular.draw(content, regular.fit(c.realName(), 7.5f, room), x + 8, y, 7.5f);
        }
        content.setNonStrokingColor(Color.BLACK);
        for (SocialAccount a : c.accounts().stream().limit(3).toList()) {
            y -= 11;
            String line = a.platform().label() + " " + a.displayHandle()
                    + (a.followers() == null ? "" : " · " + FollowerCounts.abbreviate(a.followers()));
            regular.draw(content, regular.fit(line, 8, room), x + 8, y, 8);
        }
        String contact = String.join("  ·  ", Stream.of(c.email(), c.phone())
                .filter(Objects::nonNull).toList());
        if (!contact.isEmpty()) {
            y -= 11;
            regular.draw(content, regular.fit(contact, 8, room), x + 8, y, 8);
        }
        if (!c.tags().isEmpty()) {
            y -= 11;
            regular.draw(content, regular.fit(String.join(", ", c.tags()), 8, room), x + 8, y, 8);
        }
        var note = c.fit().latestNote();
        if (note != null) {
            content.setNonStrokingColor(new Color(0x57, 0x60, 0x6A));
            regular.draw(content, regular.fit("“" + note.text() + "”", 7.5f, room), x + 8,
                    top - CARD_HEIGHT + 8, 7.5f);
        }
    }

    /** "Page x of y" on every page, once the number of pages is known. */
    private static void footers(PDDocument document, PdfText text, PDRectangle size) throws IOException {
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            try (PDPageContentStream content = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                String label = DomainTexts.text("pdf.page", i + 1, pages);
                content.setNonStrokingColor(new Color(0x57, 0x60, 0x6A));
                text.draw(content, label, (size.getWidth() - text.width(label, 8)) / 2, MARGIN - 14, 8);
            }
        }
    }
}
