package app.rapport.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Files made to hurt a reader, or broken on the way, generated here so the tests need no stored samples: a
 * workbook cut short, a zip with no workbook inside, a zip bomb, XXE and "billion laughs" sheets, a sheet that
 * claims three million rows, a 3 GB file that costs no disk.
 */
public final class HostileFiles {

    private static final String SHEET = "xl/worksheets/sheet1.xml";
    /** Where POI keeps the text of the cells, Luna's name among them. */
    private static final String STRINGS = "xl/sharedStrings.xml";

    private HostileFiles() {
    }

    /** A small, good workbook as POI writes it: a header and one creator. */
    public static byte[] goodWorkbook() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Creators");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Name");
            header.createCell(1).setCellValue("Instagram");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("Luna Bakes");
            row.createCell(1).setCellValue("@luna.bakes");
            book.write(out);
            return out.toByteArray();
        }
    }

    /** The first half of a good workbook: a download cut short. */
    public static Path truncatedWorkbook(Path file) throws IOException {
        byte[] whole = goodWorkbook();
        return Files.write(file, Arrays.copyOf(whole, whole.length / 2));
    }

    /** A zip holding an Excel file's styles and relations but no workbook part. */
    public static Path zipWithoutWorkbook(Path file) throws IOException {
        return rewritten(file, Map.of("xl/workbook.xml", new byte[0]));
    }

    /** A good workbook whose sheet is padded with 20 MB of spaces: it packs a thousand times smaller. */
    public static Path zipBomb(Path file) throws IOException {
        String sheet = new String(part(SHEET), StandardCharsets.UTF_8);
        return rewritten(file, Map.of(SHEET, sheet.replace("</worksheet>", " ".repeat(20 << 20) + "</worksheet>")
                .getBytes(StandardCharsets.UTF_8)));
    }

    /** A workbook whose cell text declares an entity that reads a file of the computer opening it (XXE). */
    public static Path xxeWorkbook(Path file) throws IOException {
        return withDoctype(file, "<!DOCTYPE sst [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>", "&secret;");
    }

    /** A workbook whose cell text declares entities that expand to a billion "lol"s. */
    public static Path billionLaughsWorkbook(Path file) throws IOException {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE sst [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            doctype.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        return withDoctype(file, doctype.append("]>").toString(), "&lol9;");
    }

    /** A workbook whose sheet says it spans three million rows. */
    public static Path tallWorkbook(Path file) throws IOException {
        String sheet = new String(part(SHEET), StandardCharsets.UTF_8);
        return rewritten(file, Map.of(SHEET, sheet.replaceFirst("<dimension ref=\"[A-Z0-9:]+\"",
                "<dimension ref=\"A1:B3000000\"").getBytes(StandardCharsets.UTF_8)));
    }

    /** A 3 GB file of zeros that takes no room on disk (sparse). */
    public static Path sparseFile(Path file, long bytes) throws IOException {
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(bytes);
        }
        return file;
    }

    /** The cell text part with a DOCTYPE before its root and Luna's name replaced by the entity. */
    private static Path withDoctype(Path file, String doctype, String reference) throws IOException {
        String strings = new String(part(STRINGS), StandardCharsets.UTF_8);
        int root = strings.indexOf("<sst");
        String hostile = strings.substring(0, root) + doctype + strings.substring(root)
                .replace("Luna Bakes", reference);
        return rewritten(file, Map.of(STRINGS, hostile.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] part(String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(goodWorkbook()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return zip.readAllBytes();
                }
            }
        }
        throw new IOException("No part " + name);
    }

    /** A good workbook with some parts replaced; an empty replacement leaves the part out. */
    private static Path rewritten(Path file, Map<String, byte[]> replacements) throws IOException {
        try (InputStream in = new ByteArrayInputStream(goodWorkbook()); ZipInputStream zip = new ZipInputStream(in);
                OutputStream out = Files.newOutputStream(file); ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                byte[] content = replacements.getOrDefault(entry.getName(), zip.readAllBytes());
                if (content.length > 0) {
                    copy.putNextEntry(new ZipEntry(entry.getName()));
                    copy.write(content);
                    copy.closeEntry();
                }
            }
        }
        return file;
    }
}
