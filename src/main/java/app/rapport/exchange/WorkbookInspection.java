package app.rapport.exchange;

import app.rapport.domain.UserError;
import app.rapport.domain.text.DomainTexts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Looks inside an XLSX before POI opens it, for what POI would refuse (or choke on) without a reason a person can
 * act on: no workbook inside, XML that declares entities (XXE, "billion laughs"), parts that unpack a hundred
 * times larger (a zip bomb), or more rows than a workbook can hold. Each is refused with its own sentence.
 */
final class WorkbookInspection {

    /** Excel's own limit: a sheet with more rows was not made by a spreadsheet program. */
    static final int MAX_ROWS = 1_048_576;
    /** How much of each part's start is read: its prologue, where a DOCTYPE or a sheet's dimension stands. */
    private static final int HEAD = 8192;
    /** POI's own threshold: a part that unpacks more than 100 times its packed size is a zip bomb. */
    private static final double MIN_PACKED_RATIO = 0.01;
    /** Small parts may pack well (blank styles); the ratio is judged only from this size unpacked. */
    private static final long BOMB_GRACE = 1L << 20;
    private static final Pattern DIMENSION = Pattern.compile("<(?:\\w+:)?dimension\\s+ref=\"[A-Z]*\\d*:?[A-Z]*(\\d+)\"");

    private WorkbookInspection() {
    }

    /** Refuses the workbook with one sentence when it is one of the hostile or impossible kinds above. */
    static void check(Path file) {
        String name = file.getFileName().toString();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            boolean workbook = false;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String part = entry.getName().toLowerCase(Locale.ROOT);
                workbook |= part.startsWith("xl/") && part.endsWith("workbook.xml");
                if (isBomb(entry)) {
                    throw zipBomb(name);
                }
                if (part.endsWith(".xml") || part.endsWith(".rels")) {
                    String head = head(zip, entry);
                    if (head.contains("<!DOCTYPE") || head.contains("<!ENTITY")) {
                        throw xmlAttack(name);
                    }
                    if (part.startsWith("xl/worksheets/")) {
                        refuseTooManyRows(name, head);
                    }
                }
            }
            if (!workbook) {
                throw new UserError(DomainTexts.text("file.noWorkbookInside", name));
            }
        } catch (IOException e) {
            // Left to POI and its sentence for a damaged workbook.
        }
    }

    /** Whether POI's failure says it met a zip bomb. */
    static boolean saysZipBomb(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth++ < 10; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
                return true;
            }
        }
        return false;
    }

    static UserError zipBomb(String name) {
        return new UserError(DomainTexts.text("file.zipBomb", name));
    }

    private static UserError xmlAttack(String name) {
        return new UserError(DomainTexts.text("file.xmlAttack", name));
    }

    /** Refuses a sheet whose stated size passes Excel's row limit, before any of its rows is read. */
    private static void refuseTooManyRows(String name, String head) {
        Matcher dimension = DIMENSION.matcher(head);
        if (dimension.find() && dimension.group(1).length() <= 12
                && Long.parseLong(dimension.group(1)) > MAX_ROWS) {
            throw tooManyRows(name, Long.parseLong(dimension.group(1)));
        }
    }

    static UserError tooManyRows(String name, long rows) {
        return new UserError(DomainTexts.text("file.tooManyRows", name, rows, MAX_ROWS));
    }

    private static boolean isBomb(ZipEntry entry) {
        long size = entry.getSize();
        long packed = entry.getCompressedSize();
        return size > BOMB_GRACE && packed >= 0 && (double) packed / size < MIN_PACKED_RATIO;
    }

    private static String head(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readNBytes(HEAD), StandardCharsets.UTF_8);
        }
    }
}
