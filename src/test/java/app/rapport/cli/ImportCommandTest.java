package app.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.Influencer;
import app.rapport.domain.Platform;
import app.rapport.domain.SocialAccount;
import app.rapport.service.Session;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rapport import}: nothing lost without the user knowing, and rows left out only when asked. */
class ImportCommandTest {

    @TempDir
    Path home;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--workspace";
        all[1] = home.resolve("ws").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return RapportCommand.run(all, (folder, team, password) -> { }, Map.of(), new PrintWriter(out, true),
                new PrintWriter(err, true));
    }

    private Path csv(String name, String text) throws Exception {
        return Files.writeString(home.resolve(name), text, StandardCharsets.UTF_8);
    }

    private List<Influencer> contacts() {
        try (Session session = Session.open(home.resolve("ws"), Clock.systemUTC())) {
            return session.contacts().listContacts();
        }
    }

    private Influencer named(String name) {
        return contacts().stream().filter(c -> c.displayName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void skipInvalidImportsTheValidRowsListsTheOthersAndExitsWithOne() throws Exception {
        Path file = csv("creators.csv", "Name,Instagram,Email\nLuna Bakes,luna.bakes,luna@bakes.example\n"
                + "Wick,wick.wander,wick@\nMia,mia.plants,mia@plants.example\n");
        Path report = home.resolve("report.csv");

        assertThat(run("import", file.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("Nothing imported: 1 row has errors", "--skip-invalid");
        assertThat(contacts()).isEmpty();

        assertThat(run("import", file.toString(), "--skip-invalid", "--report", report.toString())).isEqualTo(1);
        assertThat(contacts()).extracting(Influencer::displayName).containsExactlyInAnyOrder("Luna Bakes", "Mia");
        assertThat(out.toString()).contains("Imported 2, updated 0, skipped 0; 1 row with errors left out.");
        assertThat(Files.readString(report)).contains("3,Email,wick@,ERROR,Not an email address.");
    }

    @Test
    void aMappedColumnAddsToTheGuessesAndNeverDropsThem() throws Exception {
        Path file = csv("list.csv", "Who,Followers,Country\nana.cooks,12K,Spain\nben.bakes,3.4K,France\n");

        assertThat(run("import", file.toString(), "--map", "Who=tiktok.handle")).isZero();

        assertThat(out.toString()).contains("Who → tiktok.handle", "Followers → tiktok.followers",
                "Country → country");
        Influencer ana = named("ana.cooks");
        assertThat(ana.country()).isEqualTo("ES");
        assertThat(ana.accounts()).singleElement().extracting(SocialAccount::followers).isEqualTo(12_000L);
    }

    @Test
    void severalTagColumnsAreMergedNotLastWins() throws Exception {
        Path file = csv("niches.csv", "Handle,category_1,category_2\n@ana,Food,Travel\n@ben,Beauty,\n");

        assertThat(run("import", file.toString())).isZero();

        assertThat(named("ana").tags()).containsExactly("Food", "Travel");
        assertThat(named("ben").tags()).containsExactly("Beauty");
    }

    @Test
    void figuresWithoutAHandleAreKeptOnThePlatformsAccount() throws Exception {
        Path file = csv("top.csv", "rank,Youtuber,Subscribers,Subscribers\n1,T-Series,266M,266000000\n"
                + "2,5-Minute Crafts GIRLY,78.1M,78100000\n3,SET India,153M,153000000\n");

        assertThat(run("import", file.toString())).isZero();

        SocialAccount crafts = named("5-Minute Crafts GIRLY").accounts().get(0);
        assertThat(crafts.platform()).isEqualTo(Platform.YOUTUBE);
        assertThat(crafts.hasHandle()).isFalse();
        assertThat(crafts.followers()).isEqualTo(78_100_000L);
        assertThat(out.toString()).contains("Subscribers (the same figure as \"Subscribers 2\", rounded");
    }

    @Test
    void aCreatorListedTwiceIsOneContactAndTheReportSaysWhichRowWasKept() throws Exception {
        Path file = csv("twice.csv", "Youtuber,Subscribers\nMrBeast,227M\nT-Series,266M\nMrBeast,227.4M\n");
        Path report = home.resolve("report.csv");

        assertThat(run("import", file.toString(), "--report", report.toString())).isZero();

        assertThat(contacts()).hasSize(2);
        assertThat(named("MrBeast").accounts().get(0).followers()).isEqualTo(227_000_000L);
        assertThat(Files.readString(report)).contains("4,,MrBeast,WARNING,\"Repeats line 2; line 2 was kept, this "
                + "row skipped; differs: YouTube followers: 227M → 227.4M.\"");
    }

    @Test
    void namesArriveComposedWhateverTheSheetSent() throws Exception {
        String decomposed = Normalizer.normalize("설인아", Normalizer.Form.NFD);
        Path file = csv("nfd.csv", "Name,Instagram,City\n" + decomposed + ",seolina,"
                + Normalizer.normalize("São Paulo", Normalizer.Form.NFD) + "\n");

        assertThat(run("import", file.toString())).isZero();

        Influencer seol = contacts().get(0);
        assertThat(seol.displayName()).isEqualTo("설인아").hasSize(3);
        assertThat(seol.city()).isEqualTo("São Paulo");
    }

    @Test
    void withNoColumnToKnowContactsByTheHeadersAndAnExampleMapArePrinted() throws Exception {
        Path file = csv("odd.csv", "Spalte A,Spalte B\nfoo,bar\nbaz,qux\n");

        assertThat(run("import", file.toString())).isEqualTo(1);

        assertThat(err.toString()).contains("No column was recognised as a name, handle or email. The columns are: "
                + "Spalte A, Spalte B.", "--map \"Spalte A=name\"");
        assertThat(err.toString()).doesNotContain("Exception");
    }

    @Test
    void aLargeImportSaysHowFarItIsOnTheErrorStreamOnly() throws Exception {
        StringBuilder text = new StringBuilder("Name,Email\n");
        for (int i = 0; i < 5_000; i++) {
            text.append("Creator ").append(i).append(",creator").append(i).append("@mail.example\n");
        }
        Path file = csv("large.csv", text.toString());

        assertThat(run("import", file.toString())).isZero();

        // Counts are grouped as the user's locale writes them: 5,000 or 5.000.
        assertThat(err.toString().lines().filter(l -> l.startsWith("Importing: "))).hasSize(10)
                .anyMatch(l -> l.matches("Importing: 50% \\(2.500 of 5.000 rows\\)"))
                .anyMatch(l -> l.matches("Importing: 100% \\(5.000 of 5.000 rows\\)"));
        assertThat(out.toString()).doesNotContain("Importing:");
    }
}
