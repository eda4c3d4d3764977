package app.rapport.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** LibreOffice run from the command line, headless, to convert a CSV sheet into an Excel workbook. */
final class LibreOffice {

    /**
     * The CSV as Rapport writes it: commas, double quotes, UTF-8 (76), headers on the first line; without this
     * LibreOffice would read the file in the system's character set.
     */
    private static final String CSV_FILTER = "CSV:44,34,76,1";

    private final Path soffice;
    private final Path folder;

    /** LibreOffice at {@code soffice}, with its profile and its output in {@code folder}. */
    LibreOffice(Path soffice, Path folder) {
        this.soffice = soffice;
        this.folder = folder;
    }

    /** The {@code soffice} command on the PATH, if LibreOffice is installed. */
    static Optional<Path> onPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String entry : path.split(File.pathSeparator)) {
            for (String name : List.of("soffice", "soffice.exe", "soffice.com")) {
                Path candidate = Path.of(entry.isEmpty() ? "." : entry, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** Converts the CSV to a workbook of the same name in this folder and returns it. */
    Path convertToXlsx(Path csv) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        String name = csv.getFileName().toString();
        Path workbook = folder.resolve(name.substring(0, name.lastIndexOf('.')) + ".xlsx");
        Files.deleteIfExists(workbook);
        // A profile of its own, so a LibreOffice the user has open neither takes the job nor is disturbed.
        Process process = new ProcessBuilder(soffice.toString(),
                "-env:UserInstallation=" + folder.resolve("profile").toUri(), "--headless",
                "--infilter=" + CSV_FILTER, "--convert-to", "xlsx", "--outdir", folder.toString(), csv.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        if (exit != 0 || !Files.isRegularFile(workbook)) {
            throw new IllegalStateException("LibreOffice did not convert " + csv + " (exit " + exit + "):\n"
                    + output);
        }
        return workbook;
    }
}
