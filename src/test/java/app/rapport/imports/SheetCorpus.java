package app.rapport.imports;

import app.rapport.domain.sheet.RawTable;
import app.rapport.exchange.TableReader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The sheets under {@code src/test/resources/sheets/}: influencer lists in the shapes tools and people make, each
 * with a {@code NAME.expected} beside it saying what every column holds, how many contacts a right import makes,
 * and a few contacts' values to check.
 */
record SheetCorpus(Path file, Map<String, String> columns, int contacts, List<Map<String, String>> checks) {

    /** Every sheet of the corpus, by name. */
    static List<SheetCorpus> all() throws IOException {
        Path folder;
        try {
            folder = Path.of(SheetCorpus.class.getResource("/sheets").toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        List<SheetCorpus> sheets = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path expected : files.filter(f -> f.toString().endsWith(".expected")).sorted().toList()) {
                String base = expected.getFileName().toString().replaceFirst("\\.expected$", "");
                Path sheet = Stream.of(".csv", ".tsv", ".xlsx").map(ext -> folder.resolve(base + ext))
                        .filter(Files::exists).findFirst()
                        .orElseThrow(() -> new IOException("No sheet beside " + expected));
                sheets.add(read(sheet, expected));
            }
        }
        return sheets;
    }

    private static SheetCorpus read(Path sheet, Path expected) throws IOException {
        Map<String, String> columns = new LinkedHashMap<>();
        List<Map<String, String>> checks = new ArrayList<>();
        int contacts = -1;
        for (String line : Files.readAllLines(expected, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            switch (parts[0]) {
                case "column" -> columns.put(parts[1], parts[2]);
                case "contacts" -> contacts = Integer.parseInt(parts[1].strip());
                case "contact" -> {
                    Map<String, String> check = new LinkedHashMap<>();
                    for (int i = 1; i < parts.length; i++) {
                        int eq = parts[i].indexOf('=');
                        check.put(parts[i].substring(0, eq), parts[i].substring(eq + 1));
                    }
                    checks.add(check);
                }
                default -> throw new IOException("Unknown line in " + expected + ": " + line);
            }
        }
        return new SheetCorpus(sheet, columns, contacts, checks);
    }

    String name() {
        return file.getFileName().toString();
    }

    /** The sheet as the importer reads it. */
    RawTable table() throws IOException {
        return name().toLowerCase(Locale.ROOT).endsWith(".xlsx") ? TableReader.readWorkbook(file, null)
                : TableReader.readCsv(file, TableReader.CsvOptions.DETECT);
    }
}
