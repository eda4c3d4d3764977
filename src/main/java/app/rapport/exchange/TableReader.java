package app.rapport.exchange;

import app.rapport.domain.ControlCharacters;
import app.rapport.domain.Platform;
import app.rapport.domain.SocialHandles;
import app.rapport.domain.UserError;
import app.rapport.domain.sheet.RawTable;
import app.rapport.domain.text.DomainTexts;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.poifs.filesystem.NotOLE2FileException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the spreadsheets people already have: CSV and TSV in UTF-8 (with or without BOM), UTF-16 with BOM or
 * Windows-1252, with the delimiter detected; or the first (or a named) sheet of an XLSX workbook.
 */
public final class TableReader {

    /** How to read a text file; {@code null} parts are detected. */
    public record CsvOptions(Charset encoding, Character delimiter) {
        public static final CsvOptions DETECT = new CsvOptions(null, null);
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** How much of a text file's start is read to tell binary from text and to find the delimiter. */
    private static final int SNIFF = 1 << 16;
    /** Values up to this long, and this many different ones, are shared between rows. */
    private static final int SHARED_LENGTH = 16;
    private static final int SHARED_VALUES = 50_000;
    /** How many rows above the header may be titles. */
    private static final int TITLE_ROWS = 10;

    private TableReader() {
    }

    /**
     * Reads a CSV or TSV file, streamed: the file is never held whole in memory, and each row keeps only its
     * cells, the short ones that repeat (cities, countries, counts) shared.
     */
    public static RawTable readCsv(Path file, CsvOptions options) throws IOException {
        FileSizes.refuseTooLarge(file);
        if (Files.size(file) == 0) {
            throw new UserError(DomainTexts.text("file.empty", file.getFileName()));
        }
        Charset encoding = options.encoding() != null ? options.encoding() : TextFiles.detectEncoding(file);
        String head = TextFiles.head(file, encoding, SNIFF);
        if (looksBinary(head)) {
            throw new UserError(DomainTexts.text("file.notATextTable", file.getFileName()));
        }
        char delimiter = options.delimiter() != null ? options.delimiter() : detectDelimiter(head);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(false)
                .setAllowMissingColumnNames(true).get();
        List<List<String>> records = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        Map<String, String> shared = new HashMap<>();
        try (Reader text = TextFiles.open(file, encoding);
                CSVParser parser = CSVParser.builder().setReader(text).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                String[] cells = record.values();
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = shared(cells[i], shared);
                }
                records.add(Arrays.asList(cells));
                lineNumbers.add((int) parser.getCurrentLineNumber() - lineBreaksIn(record));
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new UserError(DomainTexts.text("file.openQuote", file.getFileName()), e);
        }
        return table(records, lineNumbers, encoding, delimiter);
    }

    /** The one copy of a short, common value; a million rows of "Madrid" and "ES" then cost one string each. */
    private static String shared(String cell, Map<String, String> shared) {
        if (cell.length() > SHARED_LENGTH) {
            return cell;
        }
        String known = shared.get(cell);
        if (known != null) {
            return known;
        }
        if (shared.size() < SHARED_VALUES) {
            shared.put(cell, cell);
        }
        return cell;
    }

    /** Reads the first sheet, or the sheet with this name, of an XLSX (or XLS) workbook. */
    public static RawTable readWorkbook(Path file, String sheetName) throws IOException {
        try (InputStream in = Files.newInputStream(file); Workbook book = WorkbookFactory.create(in)) {
            Sheet sheet = sheetName == null ? book.getSheetAt(0) : book.getSheet(sheetName);
            if (sheet == null) {
                throw new UserError(DomainTexts.text("file.noSuchSheet", sheetName));
            }
            return readSheet(sheet);
        } catch (EmptyFileException | NotOfficeXmlFileException
                | NotOLE2FileException e) {
            throw new UserError(DomainTexts.text("file.notAWorkbook", file.getFileName()), e);
        }
    }

    /** Reads one sheet of an open workbook, each cell as the text Excel shows. */
    static RawTable readSheet(Sheet sheet) {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        // A formula cell is read as what Excel last showed, not as its formula text.
        formatter.setUseCachedValuesForFormulaCells(true);
        List<List<String>> records = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                Cell cell = row.getCell(c);
                cells.add(cell == null ? "" : formatter.formatCellValue(cell));
            }
            records.add(cells);
            lineNumbers.add(row.getRowNum() + 1);
        }
        return table(records, lineNumbers, null, (char) 0);
    }

    /** Reads a vCard file (3.0 or 4.0) as a table: names, emails, phones, places, notes and profile links. */
    public static RawTable readVcards(Path file) throws IOException {
        FileSizes.refuseTooLarge(file);
        List<ezvcard.VCard> cards = ezvcard.Ezvcard.parse(file).all();
        if (cards.isEmpty()) {
            throw new UserError(DomainTexts.text("file.noVcards", file.getFileName()));
        }
        Set<Platform> platforms = EnumSet.noneOf(
                Platform.class);
        List<Map<String, String>> records = new ArrayList<>();
        Set<String> handles = new TreeSet<>();
        for (ezvcard.VCard card : cards) {
            Map<String, String> r = new HashMap<>();
            r.put("name", card.getFormattedName() == null ? "" : card.getFormattedName().getValue());
            if (card.getStructuredName() != null) {
                r.put("real_name", (Objects.toString(card.getStructuredName().getGiven(), "") + " "
                        + Objects.toString(card.getStructuredName().getFamily(), "")).strip());
            }
            r.put("email", card.getEmails().isEmpty() ? "" : card.getEmails().get(0).getValue());
            r.put("phone", card.getTelephoneNumbers().isEmpty() ? ""
                    : Objects.toString(card.getTelephoneNumbers().get(0).getText(), ""));
            if (!card.getAddresses().isEmpty()) {
                r.put("city", Objects.toString(card.getAddresses().get(0).getLocality(), ""));
                r.put("country", Objects.toString(card.getAddresses().get(0).getCountry(), ""));
            }
            r.put("notes", card.getNotes().isEmpty() ? "" : card.getNotes().get(0).getValue());
            r.put("tags", card.getCategories() == null ? "" : String.join("; ", card.getCategories().getValues()));
            List<String> links = new ArrayList<>();
            card.getUrls().forEach(u -> links.add(u.getValue()));
            for (var profile : card.getExtendedProperties("X-SOCIALPROFILE")) {
                // Apple writes "x-apple:handle" with the platform in TYPE and the handle in X-USER.
                var platform = Platform.fromName(profile.getParameter("TYPE"));
                String user = profile.getParameter("X-USER");
                if (SocialHandles.parseProfileUrl(profile.getValue()).isEmpty()
                        && platform.isPresent() && user != null && !user.isBlank()) {
                    String column = platform.get().name().toLowerCase(Locale.ROOT) + ".handle";
                    r.putIfAbsent(column, user.strip());
                    handles.add(column);
                } else {
                    links.add(profile.getValue());
                }
            }
            for (String link : links) {
                SocialHandles.parseProfileUrl(link).ifPresent(p -> {
                    String column = p.platform() == Platform.BLOG ? "website"
                            : p.platform().name().toLowerCase(Locale.ROOT) + ".url";
                    if (!r.containsKey(column)) {
                        r.put(column, link);
                        if (p.platform() != Platform.BLOG) {
                            platforms.add(p.platform());
                        }
                    }
                });
            }
            records.add(r);
        }
        List<String> headers = new ArrayList<>(List.of("name", "real_name", "email", "phone", "city", "country",
                "tags", "notes", "website"));
        platforms.forEach(p -> headers.add(p.name().toLowerCase(Locale.ROOT) + ".url"));
        headers.addAll(handles);
        List<List<String>> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            Map<String, String> r = records.get(i);
            rows.add(headers.stream().map(h -> r.getOrDefault(h, "")).toList());
            lines.add(i + 1);
        }
        return new RawTable(headers, rows, lines, List.of(), StandardCharsets.UTF_8, (char) 0);
    }

    private static int lineBreaksIn(CSVRecord record) {
        int breaks = 0;
        for (String value : record) {
            for (int i = 0; i < value.length(); i++) {
                if (value.charAt(i) == '\n') {
                    breaks++;
                }
            }
        }
        return breaks;
    }

    /** The header from the first row that is not blank or a title; rows padded or cut to its width. */
    private static RawTable table(List<List<String>> records, List<Integer> lineNumbers, Charset encoding,
            char delimiter) {
        int start = headerRow(records);
        if (start == records.size()) {
            return new RawTable(List.of(), List.of(), List.of(), List.of(), encoding, delimiter);
        }
        List<String> headers = cleanHeaders(records.get(start));
        List<List<String>> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<Integer> ragged = new ArrayList<>();
        for (int i = start + 1; i < records.size(); i++) {
            List<String> record = records.get(i);
            if (record.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (record.size() != headers.size()) {
                ragged.add(lineNumbers.get(i));
            }
            rows.add(record.size() == headers.size() ? record : fitted(record, headers.size()));
            lines.add(lineNumbers.get(i));
        }
        return new RawTable(headers, rows, lines, ragged, encoding, delimiter,
                start > 0 ? groups(records.get(start - 1), headers.size()) : List.of());
    }

    /** A ragged row padded with empty cells or cut to the header's width. */
    private static List<String> fitted(List<String> record, int width) {
        List<String> row = new ArrayList<>(record.subList(0, Math.min(record.size(), width)));
        while (row.size() < width) {
            row.add("");
        }
        return row;
    }

    /**
     * The labels a row just above the header puts over its columns: a sheet with "Instagram" merged over
     * "Handle | Followers | ER" and "TikTok" over the next ones. A label reaches right to the next one; a row that
     * starts in the first column is a title, not labels.
     */
    static List<String> groups(List<String> above, int width) {
        if (above.isEmpty() || !above.get(0).isBlank() || above.stream().allMatch(String::isBlank)) {
            return List.of();
        }
        List<String> groups = new ArrayList<>();
        String current = "";
        for (int c = 0; c < width; c++) {
            if (c < above.size() && !above.get(c).isBlank()) {
                current = above.get(c).strip();
            }
            groups.add(current);
        }
        return groups;
    }

    /**
     * Where the header is: the first row that is not blank, after any title rows above it. Sheets people keep
     * often start with a title ("Creator list, November") or a date in one cell; a row with a single filled
     * cell counts as a title when one of the next rows fills more.
     */
    static int headerRow(List<List<String>> records) {
        int start = 0;
        while (start < records.size() && filled(records.get(start)) == 0) {
            start++;
        }
        int first = start;
        for (int i = start; i < Math.min(records.size(), first + TITLE_ROWS); i++) {
            int cells = filled(records.get(i));
            if (cells >= 2) {
                return i;
            }
        }
        return first;
    }

    private static int filled(List<String> record) {
        return (int) record.stream().filter(cell -> !cell.isBlank()).count();
    }

    /** Folds spaces and line breaks in header cells; numbers repeated names ("Subscribers", "Subscribers 2"). */
    static List<String> cleanHeaders(List<String> raw) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> headers = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String h = ControlCharacters.clean(raw.get(i), false).text().replace('\ufeff', ' ')
                    .replaceAll("\\s+", " ").strip();
            if (h.isEmpty()) {
                h = "Column " + (i + 1);
            }
            int n = seen.merge(h.toLowerCase(Locale.ROOT), 1, Integer::sum);
            headers.add(n == 1 ? h : h + " " + n);
        }
        return headers;
    }

    /** UTF-8 or UTF-16 by their byte order marks; UTF-8 when the bytes are valid UTF-8; else Windows-1252. */
    static Charset detectEncoding(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return WINDOWS_1252;
        }
    }

    private static boolean looksBinary(String text) {
        int sample = Math.min(text.length(), 4096);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (c == 0 || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
                control++;
            }
        }
        return sample > 0 && control * 20 > sample;
    }

    /** The delimiter that splits the first lines most consistently: comma, semicolon or tab. */
    static char detectDelimiter(String text) {
        String[] lines = text.split("\r?\n", 11);
        char best = ',';
        int bestScore = -1;
        for (char candidate : new char[] {',', ';', '\t'}) {
            int first = count(lines[0], candidate);
            if (first == 0) {
                continue;
            }
            int consistent = 0;
            for (int i = 1; i < Math.min(lines.length, 10); i++) {
                if (count(lines[i], candidate) == first) {
                    consistent++;
                }
            }
            int score = consistent * 100 + first;
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    private static int count(String line, char c) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == c && !quoted) {
                n++;
            }
        }
        return n;
    }
}
