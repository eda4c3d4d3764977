package app.rapport.imports;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.cli.RapportCommand;
import app.rapport.domain.Influencer;
import app.rapport.domain.Platform;
import app.rapport.domain.SocialAccount;
import app.rapport.service.Session;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code rapport import FILE}, with no options, on every sheet of the corpus: all rows come in, as many contacts
 * as the sheet holds creators, with the names, handles and figures the sheet gives.
 */
class ImportCorpusCommandTest {

    @TempDir
    Path home;

    static List<SheetCorpus> sheets() throws Exception {
        return SheetCorpus.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sheets")
    void theSheetImportsWithNoOptions(SheetCorpus sheet) throws Exception {
        Path workspace = home.resolve("ws");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = RapportCommand.run(new String[] {"--workspace", workspace.toString(), "import",
            sheet.file().toString()}, (folder, team, password) -> { }, Map.of(), new PrintWriter(out, true),
                new PrintWriter(err, true));

        assertThat(exit).as(out + "\n" + err).isZero();
        try (Session session = Session.open(workspace, Clock.systemUTC())) {
            List<Influencer> contacts = session.contacts().listContacts();
            assertThat(contacts).as("contacts of " + sheet.name() + "\n" + out).hasSize(sheet.contacts());
            List<String> wrong = new ArrayList<>();
            for (Map<String, String> check : sheet.checks()) {
                Map.Entry<String, String> key = check.entrySet().iterator().next();
                Optional<Influencer> found = contacts.stream().filter(c -> key.getValue().equals(value(c,
                        key.getKey()))).findFirst();
                if (found.isEmpty()) {
                    wrong.add("no contact with " + key);
                    continue;
                }
                check.forEach((field, expected) -> {
                    String actual = value(found.get(), field);
                    if (!expected.equals(actual)) {
                        wrong.add(key.getValue() + ": " + field + " is " + actual + ", expected " + expected);
                    }
                });
            }
            assertThat(wrong).as(sheet.name()).isEmpty();
        }
    }

    /** A field of a contact as the corpus writes it: handles without @, figures plain, countries as codes. */
    private static String value(Influencer c, String field) {
        int dot = field.indexOf('.');
        if (dot > 0) {
            Platform platform = Platform.fromName(field.substring(0, dot)).orElseThrow();
            SocialAccount account = c.accounts().stream().filter(a -> a.platform() == platform).findFirst()
                    .orElse(null);
            if (account == null) {
                return null;
            }
            return switch (field.substring(dot + 1)) {
                case "handle" -> account.handle();
                case "followers" -> Objects.toString(account.followers(), null);
                case "engagement" -> account.engagementRate() == null ? null
                        : plain(account.engagementRate());
                default -> account.profileUrl();
            };
        }
        return switch (field) {
            case "name" -> c.displayName();
            case "real_name" -> c.realName();
            case "email" -> c.email();
            case "phone" -> c.phone();
            case "city" -> c.city();
            case "country" -> c.country();
            case "fit" -> Objects.toString(c.fit().rating(), null);
            case "status" -> c.outreach().status().label();
            case "website" -> c.accounts().stream().filter(a -> a.platform() == Platform.BLOG)
                    .map(SocialAccount::profileUrl).findFirst().orElse(null);
            default -> throw new IllegalArgumentException("Unknown field " + field.toLowerCase(Locale.ROOT));
        };
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
