package app.rapport.exchange;

import app.rapport.domain.text.DomainTexts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * What a file picked for import really is, told from its first bytes (and, for a zip or an Office container, the
 * names of the parts inside), never from its name: people rename files, and some sites hand out web pages or CSV
 * under an .xls name.
 */
enum FileKind {

    /** CSV, TSV or any other text that may be a table. */
    TEXT(null, null),
    VCARD(null, null),
    /** An Office Open XML workbook (.xlsx, .xlsm). */
    XLSX(null, null),
    /** A binary Excel 97–2003 workbook (.xls). */
    XLS(null, null),

    PDF("notASheet", "saveAs"),
    PNG("notASheet", "saveAs"),
    JPEG("notASheet", "saveAs"),
    GIF("notASheet", "saveAs"),
    WEBP("notASheet", "saveAs"),
    TIFF("notASheet", "saveAs"),
    HEIF("notASheet", "saveAs"),
    VIDEO("notASheet", "saveAs"),
    ZIP("notASheet", "unzip"),
    ARCHIVE("notASheet", "extract"),
    WORD("notASheet", "copyTable"),
    PRESENTATION("notASheet", "copyTable"),
    OFFICE("notASheet", "copyTable"),
    OPEN_DOCUMENT("notASheet", "copyTable"),
    RTF("notASheet", "copyTable"),
    ODS("cannotRead", "libreOffice"),
    XLSB("cannotRead", "excel"),
    EXCEL_XML("cannotRead", "excelOrLibreOffice"),
    IWORK("cannotRead", "numbers"),
    HTML("notASheet", "excelOrLibreOffice"),
    XML("notASheet", "export"),
    JSON("notASheet", "export"),
    CALENDAR("notContacts", "exportCalendar"),
    PASSWORD("password", "password"),
    DAMAGED("damaged", "damaged");

    /** Enough of the start of a file to tell every kind here, and a leading web page or XML prologue. */
    private static final int HEAD = 4096;

    private final String finding;
    private final String advice;

    /** {@code finding} and {@code advice} name the two sentences of the refusal in the domain bundle. */
    FileKind(String finding, String advice) {
        this.finding = finding;
        this.advice = advice;
    }

    /** Whether Rapport reads this kind of file as a table. */
    boolean isTable() {
        return finding == null;
    }

    /**
     * What the user reads for a file of this kind, in two sentences: what it is ("invoice.xlsx is a PDF document,
     * not a spreadsheet.") and what to do instead.
     */
    String refusal(String fileName) {
        String kind = DomainTexts.text("file.kind." + name());
        return DomainTexts.text("file.finding." + finding, fileName, kind) + " "
                + DomainTexts.text("file.advice." + advice);
    }

    /** What this file is. */
    static FileKind of(Path file) throws IOException {
        byte[] head = head(file);
        if (startsWith(head, "%PDF-")) {
            return PDF;
        }
        if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(head, "GIF87a") || startsWith(head, "GIF89a")) {
            return GIF;
        }
        if (startsWith(head, "RIFF") && at(head, 8, "WEBP")) {
            return WEBP;
        }
        if (startsWith(head, 'I', 'I', '*', 0) || startsWith(head, 'M', 'M', 0, '*')) {
            return TIFF;
        }
        if (at(head, 4, "ftyp")) {
            String brand = head.length >= 12 ? new String(head, 8, 4, StandardCharsets.US_ASCII) : "";
            return List.of("heic", "heix", "heif", "mif1", "msf1", "avif").contains(brand) ? HEIF : VIDEO;
        }
        if (startsWith(head, 0x1F, 0x8B) || startsWith(head, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)
                || startsWith(head, "Rar!")) {
            return ARCHIVE;
        }
        if (startsWith(head, 'P', 'K', 3, 4) || startsWith(head, 'P', 'K', 5, 6)) {
            return insideZip(file);
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return insideOfficeContainer(file);
        }
        return ofText(head);
    }

    /** An Office Open XML, OpenDocument or iWork file is a zip: the parts inside say which. */
    private static FileKind insideZip(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<String> names = new ArrayList<>();
            zip.stream().map(ZipEntry::getName).forEach(names::add);
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null) {
                try (InputStream in = zip.getInputStream(mimetype)) {
                    String type = new String(in.readNBytes(100), StandardCharsets.US_ASCII).strip();
                    if (type.startsWith("application/vnd.oasis.opendocument.spreadsheet")) {
                        return ODS;
                    }
                    if (type.startsWith("application/vnd.oasis.opendocument")) {
                        return OPEN_DOCUMENT;
                    }
                }
            }
            if (names.contains("xl/workbook.bin")) {
                return XLSB;
            }
            if (names.stream().anyMatch(n -> n.startsWith("xl/"))) {
                return XLSX;
            }
            if (names.stream().anyMatch(n -> n.startsWith("word/"))) {
                return WORD;
            }
            if (names.stream().anyMatch(n -> n.startsWith("ppt/"))) {
                return PRESENTATION;
            }
            if (names.contains("Index/Document.iwa")) {
                return IWORK;
            }
            return ZIP;
        } catch (IOException e) {
            // A zip cut short or overwritten: its central directory, which lists the parts, cannot be read.
            return DAMAGED;
        }
    }

    /** Excel 97–2003, Word 97–2003 and password-protected XLSX files share one container; its streams say which. */
    private static FileKind insideOfficeContainer(Path file) {
        try (POIFSFileSystem container = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = container.getRoot();
            if (root.hasEntry("EncryptedPackage")) {
                return PASSWORD;
            }
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
                return XLS;
            }
            if (root.hasEntry("WordDocument")) {
                return WORD;
            }
            if (root.hasEntry("PowerPoint Document")) {
                return PRESENTATION;
            }
            return OFFICE;
        } catch (IOException | RuntimeException e) {
            // POI signals a broken container with runtime exceptions as well as IOException.
            return DAMAGED;
        }
    }

    /** Text that starts like something other than a table; anything else is left to the CSV reader to judge. */
    private static FileKind ofText(byte[] head) {
        Charset encoding = TableReader.detectEncoding(head);
        String text = new String(head, encoding).replace("\ufeff", "").stripLeading();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("begin:vcard")) {
            return VCARD;
        }
        if (lower.startsWith("begin:vcalendar")) {
            return CALENDAR;
        }
        if (lower.startsWith("{\\rtf")) {
            return RTF;
        }
        if (lower.startsWith("<")) {
            if (lower.contains("<html") || lower.contains("<!doctype html") || lower.contains("<table")) {
                return HTML;
            }
            return lower.contains("urn:schemas-microsoft-com:office:spreadsheet") ? EXCEL_XML : XML;
        }
        if (lower.startsWith("{") || (lower.startsWith("[") && startsJsonValue(lower.substring(1).stripLeading()))) {
            return JSON;
        }
        return TEXT;
    }

    /** After a "[": what a JSON array holds next. A CSV header such as "[Name],[Email]" does not match. */
    private static boolean startsJsonValue(String rest) {
        return !rest.isEmpty() && ("{[\"]-".indexOf(rest.charAt(0)) >= 0 || Character.isDigit(rest.charAt(0)));
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD);
        }
    }

    private static boolean startsWith(byte[] head, String ascii) {
        return at(head, 0, ascii);
    }

    private static boolean at(byte[] head, int offset, String ascii) {
        byte[] expected = ascii.getBytes(StandardCharsets.US_ASCII);
        if (head.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (head[offset + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] head, int... expected) {
        if (head.length < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((head[i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
