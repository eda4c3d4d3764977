package app.rapport.exchange;

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

    PDF("a PDF document", Advice.NOT_A_SHEET + Advice.SAVE_AS),
    PNG("a PNG image", Advice.NOT_A_SHEET + Advice.SAVE_AS),
    JPEG("a JPEG image", Advice.NOT_A_SHEET + Advice.SAVE_AS),
    GIF("a GIF image", Advice.NOT_A_SHEET + Advice.SAVE_AS),
    WEBP("a WebP image", Advice.NOT_A_SHEET + Advice.SAVE_AS),
    TIFF("a TIFF image", Advice.NOT_A_SHEET + Advice.SAVE_AS),
    HEIF("a HEIC photo", Advice.NOT_A_SHEET + Advice.SAVE_AS),
    VIDEO("a video", Advice.NOT_A_SHEET + Advice.SAVE_AS),
    ZIP("a zip archive", Advice.NOT_A_SHEET + "Unzip it and import the CSV or XLSX file inside."),
    ARCHIVE("a compressed archive", Advice.NOT_A_SHEET + "Extract it and import the CSV or XLSX file inside."),
    WORD("a Word document", Advice.NOT_A_SHEET + Advice.COPY_TABLE),
    PRESENTATION("a PowerPoint presentation", Advice.NOT_A_SHEET + Advice.COPY_TABLE),
    OFFICE("an Office document", Advice.NOT_A_SHEET + Advice.COPY_TABLE),
    OPEN_DOCUMENT("an OpenDocument text or presentation", Advice.NOT_A_SHEET + Advice.COPY_TABLE),
    RTF("an RTF document", Advice.NOT_A_SHEET + Advice.COPY_TABLE),
    ODS("an OpenDocument spreadsheet", Advice.CANNOT_READ + "Open it in LibreOffice and save it as XLSX or CSV."),
    XLSB("an Excel binary workbook (.xlsb)", Advice.CANNOT_READ + "Open it in Excel and save it as XLSX or CSV."),
    EXCEL_XML("an Excel 2003 XML spreadsheet",
            Advice.CANNOT_READ + "Open it in Excel or LibreOffice and save it as XLSX or CSV."),
    IWORK("an Apple Numbers, Pages or Keynote file",
            Advice.CANNOT_READ + "In Numbers, choose File > Export To > CSV and import that file."),
    HTML("a web page", Advice.NOT_A_SHEET + "Open it in Excel or LibreOffice and save it as XLSX or CSV."),
    XML("an XML file", Advice.NOT_A_SHEET + Advice.EXPORT),
    JSON("a JSON file", Advice.NOT_A_SHEET + Advice.EXPORT),
    CALENDAR("a calendar file", "%s is %s, not a list of contacts. Export the contacts as CSV, XLSX or vCard and "
            + "import that file."),
    PASSWORD("a workbook protected by a password", "%s is protected by a password. Open it in Excel, save a copy "
            + "without the password and import that copy."),
    DAMAGED("a damaged zip or Office file", "%s is damaged: it starts like a zip archive or an Office file but "
            + "cannot be opened. Download or save it again and import the new copy.");

    /** Sentences shared by several kinds; a holder because enum constants cannot name the enum's own statics. */
    private static final class Advice {
        static final String NOT_A_SHEET = "%s is %s, not a spreadsheet. ";
        static final String CANNOT_READ = "%s is %s, which Rapport cannot read. ";
        static final String SAVE_AS = "Open the sheet it came from and save it as CSV or XLSX.";
        static final String COPY_TABLE = "Copy its table into a spreadsheet and save that as CSV or XLSX.";
        static final String EXPORT = "Export the contacts as CSV or XLSX from where they came from and import "
                + "that file.";
    }

    /** Enough of the start of a file to tell every kind here, and a leading web page or XML prologue. */
    private static final int HEAD = 4096;

    private final String description;
    private final String refusal;

    FileKind(String description, String refusal) {
        this.description = description;
        this.refusal = refusal;
    }

    /** Whether Rapport reads this kind of file as a table. */
    boolean isTable() {
        return refusal == null;
    }

    /** What the file is, as a sentence fragment: "a PDF document". */
    String description() {
        return description;
    }

    /** The sentence the user reads for a file of this kind: what it is and what to do instead. */
    String refusal(String fileName) {
        return String.format(Locale.ROOT, refusal, fileName, description);
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
