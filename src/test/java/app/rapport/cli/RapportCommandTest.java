package app.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.Influencer;
import app.rapport.domain.SocialAccount;
import app.rapport.domain.TeamServer;
import app.rapport.service.AppVersion;
import app.rapport.service.Session;
import app.rapport.testing.PostgresServer;
import app.rapport.testing.WrongFiles;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class RapportCommandTest {

    @TempDir
    Path home;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<Path> windowsOpened = new ArrayList<>();
    private final List<TeamServer> teamsOpened = new ArrayList<>();
    private final List<String> passwordsGiven = new ArrayList<>();

    private int run(Map<String, String> env, String... args) {
        return RapportCommand.run(args, (folder, team, password) -> {
            windowsOpened.add(folder);
            teamsOpened.add(team);
            passwordsGiven.add(String.valueOf(password));
        }, env, new PrintWriter(out, true),
                new PrintWriter(err, true));
    }

    @Test
    void versionIsPrintedWithoutOpeningAWindow() {
        assertThat(run(Map.of(), "--version")).isZero();
        assertThat(out.toString().strip()).isEqualTo("Rapport " + AppVersion.get());
        assertThat(AppVersion.get()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(windowsOpened).isEmpty();
    }

    @Test
    void helpNamesTheWorkspaceOptionAndTheCommands() {
        assertThat(run(Map.of(), "--help")).isZero();
        assertThat(out.toString()).contains("--workspace=DIR", "sample");
        assertThat(windowsOpened).isEmpty();
    }

    @Test
    void withoutACommandTheWindowOpensOnTheChosenWorkspace() {
        Path chosen = home.resolve("brand");

        assertThat(run(Map.of(), "--workspace", chosen.toString())).isZero();

        assertThat(windowsOpened).containsExactly(chosen.toAbsolutePath());
    }

    @Test
    void theEnvironmentVariableChoosesTheWorkspaceWhenNoOptionDoes() {
        Path fromEnv = home.resolve("from-env");

        run(Map.of("RAPPORT_WORKSPACE", fromEnv.toString()));

        assertThat(windowsOpened).containsExactly(fromEnv.toAbsolutePath());
    }

    @Test
    void sampleLoadsTheSampleContactsIntoTheWorkspace() {
        Path workspace = home.resolve("demo");

        assertThat(run(Map.of(), "--workspace", workspace.toString(), "sample")).isZero();

        assertThat(out.toString()).startsWith("Added ").contains("sample contacts to " + workspace.toAbsolutePath());
        try (Session session = Session.open(workspace, Clock.systemUTC())) {
            assertThat(session.contacts().countContacts()).isGreaterThan(25);
        }
    }

    @Test
    void aMistypedOptionGetsAShortMessageAndNoStackTrace() {
        int exit = run(Map.of(), "--workspaec", "x");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown options: '--workspaec'", "Possible solutions: --workspace").doesNotContain("Exception", "\tat ");
    }

    @Test
    void anUnwritableWorkspaceIsExplainedInOneSentence() throws Exception {
        Path file = Files.writeString(home.resolve("not-a-folder"), "x");

        int exit = run(Map.of(), "--workspace", file.resolve("ws").toString(), "sample");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("Rapport cannot create its workspace folder")
                .doesNotContain("Exception").hasLineCount(1);
    }

    @Test
    void exportWritesEachFormatFromTheSampleWithoutAWindow() throws Exception {
        Path workspace = home.resolve("demo");
        run(Map.of(), "--workspace", workspace.toString(), "sample");
        for (String format : List.of("csv", "xlsx", "pdf", "vcf")) {
            Path file = home.resolve("sheet." + format);
            out.getBuffer().setLength(0);

            int exit = run(Map.of(), "--workspace", workspace.toString(), "export", "--format", format,
                    "--out", file.toString());

            assertThat(exit).isZero();
            assertThat(out.toString().strip()).isEqualTo("Exported 30 contacts to " + file.toAbsolutePath());
            assertThat(Files.size(file)).isPositive();
        }
        assertThat(windowsOpened).isEmpty();
    }

    @Test
    void exportFiltersAndPicksColumnsByFieldName() throws Exception {
        Path workspace = home.resolve("demo");
        run(Map.of(), "--workspace", workspace.toString(), "sample");
        Path file = home.resolve("partners.csv");

        run(Map.of(), "--workspace", workspace.toString(), "export", "--format", "csv", "--out", file.toString(),
                "--status", "partner", "--columns", "name,instagram.followers");

        assertThat(Files.readAllLines(file)).first().isEqualTo("name,instagram.followers");
        assertThat(Files.readAllLines(file)).hasSize(4);
    }

    @Test
    void listAndExportFindTheSameContactsForAQuery() throws Exception {
        Path workspace = home.resolve("demo");
        run(Map.of(), "--workspace", workspace.toString(), "sample");
        String query = "platform:instagram followers:<100k -status:declined";
        out.getBuffer().setLength(0);

        assertThat(run(Map.of(), "--workspace", workspace.toString(), "list", "--query", query, "--count")).isZero();
        int count = Integer.parseInt(out.toString().strip());
        out.getBuffer().setLength(0);
        assertThat(run(Map.of(), "--workspace", workspace.toString(), "list", "--query", query,
                "--columns", "name,instagram.followers")).isZero();
        List<String> lines = out.toString().lines().toList();
        Path file = home.resolve("found.csv");
        run(Map.of(), "--workspace", workspace.toString(), "export", "--format", "csv", "--out", file.toString(),
                "--query", query, "--columns", "name");

        assertThat(count).isBetween(3, 29);
        assertThat(lines.get(0)).matches("Name +Instagram followers");
        assertThat(lines).hasSize(count + 1);
        List<String> listed = lines.subList(1, lines.size()).stream()
                .map(line -> line.replaceAll(" {2,}\\d+$", "").strip()).toList();
        List<String> exported = Files.readAllLines(file).subList(1, count + 1).stream()
                .map(name -> name.replace("\"", "")).toList();
        assertThat(exported).containsExactlyElementsOf(listed);
    }

    @Test
    void backupRestoreAndCheckFromTheCommandLine() throws Exception {
        Path workspace = home.resolve("demo");
        run(Map.of(), "--workspace", workspace.toString(), "sample");
        Path file = home.resolve("before.zip");
        out.getBuffer().setLength(0);

        assertThat(run(Map.of(), "--workspace", workspace.toString(), "backup", "--out", file.toString())).isZero();
        assertThat(out.toString().strip()).isEqualTo("Backed up to " + file.toAbsolutePath());
        try (Session session = Session.open(workspace, Clock.systemUTC())) {
            session.contacts().delete(session.contacts().listContacts().get(0).id());
        }
        out.getBuffer().setLength(0);
        assertThat(run(Map.of(), "--workspace", workspace.toString(), "restore", file.toString())).isZero();
        assertThat(out.toString()).startsWith("Restored before.zip. Healthy: schema ");
        out.getBuffer().setLength(0);
        assertThat(run(Map.of(), "--workspace", workspace.toString(), "check")).isZero();
        assertThat(out.toString().strip()).matches("Healthy: schema \\d+, 30 contacts, [\\d,]+ rows in \\d+ tables, "
                + "every link intact\\.");
        err.getBuffer().setLength(0);
        assertThat(run(Map.of(), "--workspace", workspace.toString(), "restore", home.resolve("nope.zip").toString()))
                .isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("Rapport could not read the backup nope.zip; check that the "
                + "file is a zip made by Rapport.");
    }

    @Test
    void theWindowIsGivenThePasswordFromAFileAndAnUnreadableFileIsOneSentence() throws Exception {
        Path secret = Files.writeString(home.resolve("secret.txt"), "brand new secret\nignored\n");

        assertThat(run(Map.of(), "--workspace", home.resolve("w").toString(), "--password-file",
                secret.toString())).isZero();
        assertThat(passwordsGiven).containsExactly("brand new secret");

        assertThat(run(Map.of(), "--workspace", home.resolve("w").toString(), "--password-file",
                home.resolve("missing.txt").toString())).isNotZero();
        assertThat(windowsOpened).hasSize(1);
        assertThat(err.toString().strip()).isEqualTo("Rapport cannot read the password file "
                + home.resolve("missing.txt") + "; check its name and permissions.");
    }

    @Test
    void aWeakPasswordIsAcceptedWithOneSentenceSayingSoAndAShortOneRefused() throws Exception {
        Path workspace = home.resolve("demo");
        run(Map.of(), "--workspace", workspace.toString(), "sample");
        Path shortOne = Files.writeString(home.resolve("short.txt"), "candle12\n");
        Path weak = Files.writeString(home.resolve("weak.txt"), "password123\n");

        assertThat(run(Map.of(), "--workspace", workspace.toString(), "--password-file", shortOne.toString(),
                "encrypt")).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("Choose a password of at least 10 characters.");
        err.getBuffer().setLength(0);
        assertThat(run(Map.of(), "--workspace", workspace.toString(), "--password-file", weak.toString(),
                "encrypt")).isZero();
        assertThat(err.toString().strip()).startsWith("This password is weak. This is one of the most common");
    }

    @Test
    void anEncryptedWorkspaceTakesItsPasswordFromAFileAndNeverOnTheCommandLine() throws Exception {
        Path workspace = home.resolve("demo");
        run(Map.of(), "--workspace", workspace.toString(), "sample");
        Path secret = Files.writeString(home.resolve("secret.txt"), "brand new secret\n");
        Path wrong = Files.writeString(home.resolve("wrong.txt"), "not the secret\n");
        Path next = Files.writeString(home.resolve("next.txt"), "the next secret\n");
        out.getBuffer().setLength(0);

        assertThat(run(Map.of(), "--workspace", workspace.toString(), "--password-file", secret.toString(),
                "encrypt")).isZero();
        assertThat(out.toString()).startsWith("Encrypted the workspace.");
        err.getBuffer().setLength(0);
        assertThat(run(Map.of(), "--workspace", workspace.toString(), "list", "--count")).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("This workspace is encrypted: give its password to open it.");
        err.getBuffer().setLength(0);
        assertThat(run(Map.of(), "--workspace", workspace.toString(), "--password-file", wrong.toString(), "list",
                "--count")).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("That password does not open this workspace; try again.");
        out.getBuffer().setLength(0);
        assertThat(run(Map.of(), "--workspace", workspace.toString(), "--password-file", secret.toString(), "list",
                "--count")).isZero();
        assertThat(out.toString().strip()).isEqualTo("30");
        assertThat(run(Map.of(), "--workspace", workspace.toString(), "--password-file", secret.toString(),
                "change-password", "--new-password-file", next.toString())).isZero();
        assertThat(run(Map.of(), "--workspace", workspace.toString(), "--password-file", next.toString(),
                "decrypt")).isZero();
        out.getBuffer().setLength(0);
        assertThat(run(Map.of(), "--workspace", workspace.toString(), "check")).isZero();
        assertThat(out.toString()).startsWith("Healthy:");
    }

    @Test
    void aQueryThatCannotBeUsedIsOneLineAndExitOne() {
        Path workspace = home.resolve("demo");

        assertThat(run(Map.of(), "--workspace", workspace.toString(), "list", "--query", "fit:9")).isEqualTo(1);

        assertThat(err.toString().strip()).isEqualTo(
                "In the search, \"fit:9\": Fit needs a rating from 1 to 5, such as 4, >=4 or none.");
    }

    @Test
    void aQueryStartingWithAnExclusionIsTheQueryNotAnOption() {
        Path workspace = home.resolve("demo");
        run(Map.of(), "--workspace", workspace.toString(), "sample");
        out.getBuffer().setLength(0);

        assertThat(run(Map.of(), "--workspace", workspace.toString(), "list", "--count", "--query", "-has:email"))
                .as(err.toString()).isZero();
        int withoutEmail = Integer.parseInt(out.toString().strip());
        out.getBuffer().setLength(0);
        assertThat(run(Map.of(), "--workspace", workspace.toString(), "list", "--count", "--query", "has:email"))
                .isZero();

        assertThat(withoutEmail + Integer.parseInt(out.toString().strip())).isEqualTo(30);
    }

    @Test
    void anUnknownFilterIsOneLineNamingTheKnownOnesAndExitOne() {
        Path workspace = home.resolve("demo");

        assertThat(run(Map.of(), "--workspace", workspace.toString(), "list", "--query", "vegan nme:joy"))
                .isEqualTo(1);

        assertThat(err.toString().strip()).startsWith("In the search, \"nme:joy\": Unknown filter \"nme:\": use "
                + "name, ").endsWith(".").hasLineCount(1);
    }

    @Test
    void exportRefusesBadArgumentsWithOneLine() {
        Path workspace = home.resolve("demo");
        assertThat(run(Map.of(), "--workspace", workspace.toString(), "export", "--format", "csv")).isEqualTo(2);
        err.getBuffer().setLength(0);
        assertThat(run(Map.of(), "--workspace", workspace.toString(), "export", "--format", "doc", "--out",
                home.resolve("x.doc").toString())).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("Unknown format \"doc\": use csv, xlsx, pdf or vcf.");
        err.getBuffer().setLength(0);
        assertThat(run(Map.of(), "--workspace", workspace.toString(), "export", "--format", "csv", "--out",
                home.resolve("nowhere/x.csv").toString())).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("Rapport cannot write to").hasLineCount(1);
    }

    @Test
    void aPdfCanBePrintedOnLetterAsCards() throws Exception {
        Path workspace = home.resolve("demo");
        run(Map.of(), "--workspace", workspace.toString(), "sample");
        Path file = home.resolve("cards.pdf");

        assertThat(run(Map.of(), "--workspace", workspace.toString(), "export", "--format", "pdf", "--paper",
                "letter", "--cards", "--out", file.toString())).isZero();

        try (var pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth())
                    .isEqualTo(PDRectangle.LETTER.getWidth());
            assertThat(new PDFTextStripper().getText(pdf)).contains("Luna Bakes",
                    "Page 1 of");
        }
        assertThat(run(Map.of(), "--workspace", workspace.toString(), "export", "--format", "pdf", "--paper",
                "a5", "--out", file.toString())).isEqualTo(1);
    }

    @Test
    void importReadsAFilePrintsTheMappingAndTheSummary() throws Exception {
        Path workspace = home.resolve("brand");
        Path file = Files.writeString(home.resolve("creators.csv"),
                "Creator;IG;Followers\r\nLuna Bakes;@luna.bakes;48,2K\r\nWick & Wander;wickandwander;18900\r\n");

        int exit = run(Map.of(), "--workspace", workspace.toString(), "import", file.toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Mapping: Creator → name, IG → instagram.handle, "
                + "Followers → instagram.followers").contains("Imported 2, updated 0, skipped 0.");
        try (Session session = Session.open(workspace, Clock.systemUTC())) {
            assertThat(session.contacts().listContacts()).extracting(c -> c.accounts().get(0).followers())
                    .containsExactly(48_200L, 18_900L);
        }
    }

    @Test
    void importWithErrorsImportsNothingAndNamesTheRowsInTheReport() throws Exception {
        Path workspace = home.resolve("brand");
        Path file = Files.writeString(home.resolve("bad.csv"),
                "name,email\r\nLuna,luna@\r\nWick,wick@w.example\r\n");
        Path report = home.resolve("report.csv");

        int exit = run(Map.of(), "--workspace", workspace.toString(), "import", file.toString(), "--report",
                report.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("Nothing imported: 1 row has errors (listed in");
        assertThat(Files.readAllLines(report)).contains("2,email,luna@,ERROR,Not an email address.");
        try (Session session = Session.open(workspace, Clock.systemUTC())) {
            assertThat(session.contacts().countContacts()).isZero();
        }
    }

    @Test
    void importOfAPdfNamedXlsxSaysWhatItIsOnceAndImportsNothing() throws Exception {
        Path workspace = home.resolve("brand");
        Path file = WrongFiles.pdf(home.resolve("invoice.xlsx"));

        int exit = run(Map.of(), "--workspace", workspace.toString(), "import", file.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("invoice.xlsx is a PDF document, not a spreadsheet. "
                + "Open the sheet it came from and save it as CSV or XLSX.");
        assertThat(out.toString()).doesNotContain("Mapping");
    }

    @Test
    void importOfACalendarNamedCsvSaysItIsACalendarRatherThanCountingRowsWithErrors() throws Exception {
        Path workspace = home.resolve("brand");
        Path file = WrongFiles.calendar(home.resolve("events.csv"));

        int exit = run(Map.of(), "--workspace", workspace.toString(), "import", file.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("events.csv is a calendar file, not a list of contacts.")
                .hasLineCount(1);
    }

    @Test
    void aWorkbookPoiCannotReadIsOneSentenceAboutTheFileAndPoisStackTraceIsLogged() throws Exception {
        Path workspace = home.resolve("brand");
        Path file = WrongFiles.damagedWorkbook(home.resolve("creators.xlsx"));
        Logger log = (Logger) LoggerFactory.getLogger(RapportCommand.class);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        Level before = log.getLevel();
        log.setLevel(Level.INFO);
        log.addAppender(lines);
        int exit;
        try {
            exit = run(Map.of(), "--workspace", workspace.toString(), "import", file.toString());
        } finally {
            log.detachAppender(lines);
            log.setLevel(before);
        }

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("creators.xlsx looks like an Excel workbook, but Rapport "
                + "cannot read it").hasLineCount(1).doesNotContain("could not finish", "Exception");
        assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage)
                .anyMatch(line -> line.contains("caused by ") && line.contains("at org.apache.poi."));
    }

    @Test
    void anUnexpectedFailureGivesALogIdThatTheLogLineCarriesToo() {
        Logger log = (Logger) LoggerFactory.getLogger(RapportCommand.class);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        log.addAppender(lines);
        String sentence;
        try {
            sentence = new RapportCommand((folder, team, password) -> { }, Map.of())
                    .userMessage(new IllegalStateException("a bug"));
        } finally {
            log.detachAppender(lines);
        }

        Matcher id = Pattern.compile("\\(log id ([0-9a-f]{8})\\)").matcher(sentence);
        assertThat(id.find()).as(sentence).isTrue();
        assertThat(sentence).startsWith("Rapport could not finish the command (log id ").contains("quote the id");
        assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage)
                .anyMatch(line -> line.contains("log id " + id.group(1)) && line.contains("IllegalStateException"));
    }

    @Test
    void importOfAWorkbookWithAnEmptyFirstSheetSaysWhichSheetItRead() throws Exception {
        Path workspace = home.resolve("brand");
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        sheets.put("Cover", List.of());
        sheets.put("Creators", List.of(List.of("Name", "Instagram"), List.of("Luna Bakes", "@luna.bakes")));
        Path file = WrongFiles.workbook(home.resolve("creators.csv"), sheets);

        int exit = run(Map.of(), "--workspace", workspace.toString(), "import", file.toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Read the sheet \"Creators\": the sheets before it have no rows.")
                .contains("Imported 1, updated 0, skipped 0");
    }

    @Test
    void vcardsExportedByRapportImportBack() throws Exception {
        Path source = home.resolve("source");
        Path target = home.resolve("target");
        run(Map.of(), "--workspace", source.toString(), "sample");
        Path vcf = home.resolve("all.vcf");
        run(Map.of(), "--workspace", source.toString(), "export", "--format", "vcf", "--out", vcf.toString());

        assertThat(run(Map.of(), "--workspace", target.toString(), "import", vcf.toString(), "--dry-run")).isZero();
        assertThat(out.toString()).contains("Dry run: 30 rows would be imported");
        assertThat(run(Map.of(), "--workspace", target.toString(), "import", vcf.toString())).isZero();

        try (Session session = Session.open(target, Clock.systemUTC())) {
            List<Influencer> contacts = session.contacts().listContacts();
            assertThat(contacts).hasSize(30);
            Influencer luna = contacts.stream().filter(c -> c.displayName().equals("Luna Bakes"))
                    .findFirst().orElseThrow();
            assertThat(luna.email()).isEqualTo("luna@lunabakes.example");
            assertThat(luna.country()).isEqualTo("ES");
            assertThat(luna.accounts()).extracting(SocialAccount::handle)
                    .contains("luna.bakes", "lunabakes");
        }
    }

    @Test
    void aTeamWorkspaceOnPostgresqlServesTheSameCommands() throws Exception {
        TeamServer team = PostgresServer.get().newDatabase();
        Path local = home.resolve("local");
        List<String> onTeam = onTeam(local, team);

        assertThat(run(Map.of(), with(onTeam, "sample"))).isZero();
        assertThat(out.toString()).contains("sample contacts to " + team.address());
        out.getBuffer().setLength(0);
        assertThat(run(Map.of(), with(onTeam, "list", "--count"))).isZero();
        assertThat(Integer.parseInt(out.toString().strip())).isGreaterThan(25);
        assertThat(local.resolve("rapport.mv.db")).as("nothing stored locally").doesNotExist();

        assertThat(run(Map.of(), "--db", "mysql://ana@db/brand", "list")).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("Write the team server as postgresql://user@host:5432/database.");
        // Without a command the window opens on the team workspace (and asks for the password there).
        assertThat(run(Map.of(), with(onTeam))).isZero();
        assertThat(windowsOpened).containsExactly(local.toAbsolutePath());
        assertThat(teamsOpened).containsExactly(team);
    }

    @Test
    void aLocalWorkspaceIsCopiedToATeamServerAndBackFromTheCommandLine() throws Exception {
        TeamServer team = PostgresServer.get().newDatabase();
        Path local = home.resolve("local");
        run(Map.of(), "--workspace", local.toString(), "sample");
        List<String> onTeam = onTeam(local, team);
        out.getBuffer().setLength(0);

        assertThat(run(Map.of(), with(onTeam, "copy-to-team"))).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("Copied 30 contacts").contains(team.address(), "unchanged");
        out.getBuffer().setLength(0);
        Path back = home.resolve("back");
        assertThat(run(Map.of(), with(onTeam, "copy-to-local", "--out", back.toString()))).isZero();
        assertThat(out.toString()).startsWith("Copied 30 contacts");
        out.getBuffer().setLength(0);
        assertThat(run(Map.of(), "--workspace", back.toString(), "list", "--count")).isZero();
        assertThat(out.toString().strip()).isEqualTo("30");

        assertThat(run(Map.of(), with(onTeam, "copy-to-team"))).isEqualTo(1);
        assertThat(err.toString()).contains("choose an empty database");
    }

    /** The options that put a command on the team workspace, its password in a file as a script would. */
    private List<String> onTeam(Path local, TeamServer team) throws IOException {
        Path passwordFile = home.resolve("team-password");
        Files.writeString(passwordFile, PostgresServer.get().password() + "\n");
        return List.of("--workspace", local.toString(), "--db", team.address(), "--password-file",
                passwordFile.toString());
    }

    private static String[] with(List<String> options, String... command) {
        List<String> all = new ArrayList<>(options);
        all.addAll(List.of(command));
        return all.toArray(String[]::new);
    }
}
