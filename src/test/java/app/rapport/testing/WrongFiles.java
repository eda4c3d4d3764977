package app.rapport.testing;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * Real files of the kinds people pick by mistake when importing (and the workbooks they mean to pick), each written
 * by the library that makes them, under whatever name the test gives.
 */
public final class WrongFiles {

    private WrongFiles() {
    }

    /** A one-page PDF with a line of text, as PDFBox writes it. */
    public static Path pdf(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 720);
                text.showText("Invoice 2026-11: 3 reels, 450 EUR");
                text.endText();
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** A small picture in an image format ImageIO writes: "png", "jpeg" or "gif". */
    public static Path image(Path file, String format) throws IOException {
        BufferedImage picture = new BufferedImage(64, 32, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 64, 32);
        g.setColor(Color.DARK_GRAY);
        g.drawString("Luna", 8, 20);
        g.dispose();
        if (!ImageIO.write(picture, format, file.toFile())) {
            throw new IllegalStateException("ImageIO has no writer for " + format);
        }
        return file;
    }

    /** A zip archive holding a CSV file. */
    public static Path zip(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("creators.csv"));
            zip.write("Name,Instagram\nLuna Bakes,@luna.bakes\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    /** An iCalendar file with a couple of events, as biweekly writes it. */
    public static Path calendar(Path file) throws IOException {
        ICalendar calendar = new ICalendar();
        for (String summary : List.of("Shoot with Luna", "Wick & Wander call")) {
            VEvent event = new VEvent();
            event.setSummary(summary);
            event.setDateStart(new Date(1_795_000_000_000L));
            calendar.addEvent(event);
        }
        Biweekly.write(calendar).go(file.toFile());
        return file;
    }

    /** Two vCards (3.0), as ez-vcard writes them. */
    public static Path vcards(Path file) throws IOException {
        VCard luna = new VCard();
        luna.setFormattedName("Luna Bakes");
        luna.addEmail("luna@lunabakes.example");
        VCard wick = new VCard();
        wick.setFormattedName("Wick & Wander");
        wick.addEmail("hello@wick.example");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            Ezvcard.write(luna, wick).version(VCardVersion.V3_0).go(out);
        }
        return file;
    }

    /** A Word document with a paragraph and a table, as POI writes it. */
    public static Path wordDocument(Path file) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            document.createParagraph().createRun().setText("Creators we met in November");
            XWPFTable table = document.createTable(2, 2);
            table.getRow(0).getCell(0).setText("Name");
            table.getRow(0).getCell(1).setText("Instagram");
            table.getRow(1).getCell(0).setText("Luna Bakes");
            table.getRow(1).getCell(1).setText("@luna.bakes");
            document.write(out);
        }
        return file;
    }

    /** An XLSX workbook with these sheets in order, each given as its rows of text cells (none: an empty sheet). */
    public static Path workbook(Path file, Map<String, List<List<String>>> sheets) throws IOException {
        try (Workbook book = new XSSFWorkbook()) {
            write(book, sheets, file);
        }
        return file;
    }

    /** The same as an old binary XLS workbook (Excel 97–2003). */
    public static Path oldWorkbook(Path file, Map<String, List<List<String>>> sheets) throws IOException {
        try (Workbook book = new HSSFWorkbook()) {
            write(book, sheets, file);
        }
        return file;
    }

    private static void write(Workbook book, Map<String, List<List<String>>> sheets, Path file) throws IOException {
        for (Map.Entry<String, List<List<String>>> entry : sheets.entrySet()) {
            Sheet sheet = book.createSheet(entry.getKey());
            int r = 0;
            for (List<String> cells : entry.getValue()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            book.write(out);
        }
    }

    /** An XLSX workbook encrypted with a password, as Excel's "Protect workbook" leaves it (an OLE2 container). */
    public static Path passwordWorkbook(Path file, String password) throws Exception {
        try (POIFSFileSystem container = new POIFSFileSystem(); XSSFWorkbook book = new XSSFWorkbook()) {
            book.createSheet("Creators").createRow(0).createCell(0).setCellValue("Name");
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream encrypted = encryptor.getDataStream(container)) {
                book.write(encrypted);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                container.writeFilesystem(out);
            }
        }
        return file;
    }

    /** An XLSX whose parts are there but whose workbook part is not XML: a download cut short, a broken save. */
    public static Path damagedWorkbook(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "</Types>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook><sheets><sheet name=\"Creat".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    /** An OpenDocument spreadsheet (LibreOffice's .ods): a zip whose first entry, stored, names its type. */
    public static Path openDocumentSpreadsheet(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            byte[] type = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
            ZipEntry mimetype = new ZipEntry("mimetype");
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(type);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:"
                    + "tc:opendocument:xmlns:manifest:1.0\"><manifest:file-entry manifest:full-path=\"/\" "
                    + "manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/></manifest:manifest>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\"urn:oasis:"
                    + "names:tc:opendocument:xmlns:office:1.0\"/>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    /** A web page holding a table, as some sites hand out under an .xls name for Excel to open. */
    public static Path htmlTable(Path file) throws IOException {
        return Files.writeString(file, "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
                + "xmlns:x=\"urn:schemas-microsoft-com:office:excel\">\r\n<head><meta charset=\"utf-8\"></head>\r\n"
                + "<body><table><tr><td>Name</td><td>Instagram</td></tr>\r\n"
                + "<tr><td>Luna Bakes</td><td>@luna.bakes</td></tr></table></body></html>\r\n",
                StandardCharsets.UTF_8);
    }

    /** A JSON export of contacts. */
    public static Path json(Path file) throws IOException {
        return Files.writeString(file, "[\n  {\"name\": \"Luna Bakes\", \"instagram\": \"luna.bakes\"},\n"
                + "  {\"name\": \"Wick & Wander\", \"instagram\": \"wickandwander\"}\n]\n", StandardCharsets.UTF_8);
    }

    /** An RTF document, as WordPad or TextEdit saves it. */
    public static Path rtf(Path file) throws IOException {
        return Files.writeString(file, "{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Helvetica;}}\n"
                + "\\f0\\fs24 Name, Instagram\\par\nLuna Bakes, @luna.bakes\\par\n}\n", StandardCharsets.US_ASCII);
    }
}
