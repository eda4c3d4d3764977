package app.rapport.cli;

import app.rapport.domain.Campaign;
import app.rapport.domain.Influencer;
import app.rapport.domain.OutreachStatus;
import app.rapport.domain.Platform;
import app.rapport.domain.RuleViolation;
import app.rapport.exchange.ExportProgress;
import app.rapport.exchange.PdfContactSheet;
import app.rapport.service.ContactFilter;
import app.rapport.service.ExportService;
import app.rapport.service.Session;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rapport export}: writes a contact sheet without opening the window. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes contacts to a CSV, XLSX, PDF or vCard file.")
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    private RapportCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "csv, xlsx, pdf or vcf")
    private String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    private Path out;

    @Option(names = "--query", paramLabel = "TEXT", description = "Only contacts whose name or handle contains TEXT.")
    private String query;

    @Option(names = "--status", paramLabel = "STATUS", description = "Only contacts in this outreach status.")
    private String status;

    @Option(names = "--tag", paramLabel = "TAG", description = "Only contacts with this tag or niche.")
    private String tag;

    @Option(names = "--platform", paramLabel = "PLATFORM", description = "Only contacts with an account there.")
    private String platform;

    @Option(names = "--campaign", paramLabel = "NAME", description = "Only the people of this campaign.")
    private String campaign;

    @Option(names = "--columns", paramLabel = "a,b,c", split = ",",
            description = "The columns, by field name (name, email, instagram.followers, ...).")
    private List<String> columns;

    @Option(names = "--cards", description = "PDF: a card per contact instead of a table.")
    private boolean cards;

    @Option(names = "--paper", paramLabel = "a4|letter",
            description = "PDF: the paper size (default: the one your country uses).")
    private String paper;

    @Option(names = "--for-excel", description = "CSV: add a byte order mark and use the locale's list separator.")
    private boolean forExcel;

    @Option(names = "--no-formula-escape",
            description = "Do not neutralise cells that start with = + - @ (unsafe in spreadsheets).")
    private boolean noFormulaEscape;

    @Override
    public Integer call() {
        Path workspace = parent.workspace();
        try (Session session = Session.open(workspace, Clock.systemDefaultZone())) {
            ContactFilter filter = new ContactFilter(query, status(), tag, platform(), campaignContacts(session));
            List<Influencer> contacts = session.contacts().listContacts().stream().filter(filter).toList();
            ExportService.Format chosen = ExportService.Format.of(format);
            int written = session.exports().export(contacts, new ExportService.Request(chosen, columns, forExcel,
                    !noFormulaEscape, session.settings().settings().brandName(), filter.describe(), cards, paper()), out,
                    ExportProgress.NONE);
            spec.commandLine().getOut().printf("Exported %s %s to %s%n",
                    NumberFormat.getIntegerInstance(Locale.getDefault()).format(written),
                    written == 1 ? "contact" : "contacts", out.toAbsolutePath());
        }
        return 0;
    }

    private PdfContactSheet.Paper paper() {
        if (paper == null) {
            return null;
        }
        try {
            return PdfContactSheet.Paper.valueOf(paper.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("Unknown paper \"" + paper + "\": use a4 or letter.");
        }
    }

    private OutreachStatus status() {
        if (status == null) {
            return null;
        }
        return Arrays.stream(OutreachStatus.values())
                .filter(s -> s.name().equalsIgnoreCase(status.strip().replace(' ', '_'))
                        || s.label().equalsIgnoreCase(status.strip()))
                .findFirst()
                .orElseThrow(() -> new RuleViolation("Unknown status \"" + status + "\": use one of "
                        + String.join(", ", Arrays.stream(OutreachStatus.values()).map(OutreachStatus::label)
                                .toList()) + "."));
    }

    private Platform platform() {
        return platform == null ? null : Platform.fromName(platform)
                .orElseThrow(() -> new RuleViolation("Unknown platform \"" + platform + "\"."));
    }

    private Set<Long> campaignContacts(Session session) {
        if (campaign == null) {
            return null;
        }
        Campaign found = session.campaigns().campaigns().stream()
                .filter(c -> c.name().equalsIgnoreCase(campaign.strip())).findFirst()
                .orElseThrow(() -> new RuleViolation("There is no campaign named \"" + campaign + "\"."));
        return session.campaigns().overview(found.id(), Locale.getDefault()).contacts().keySet();
    }
}
