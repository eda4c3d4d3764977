package app.rapport.cli;

import static app.rapport.cli.Say.say;

import app.rapport.domain.Influencer;
import app.rapport.domain.RuleViolation;
import app.rapport.domain.search.ContactQuery;
import app.rapport.domain.search.QueryKey;
import app.rapport.domain.sheet.ExportProgress;
import app.rapport.domain.sheet.Paper;
import app.rapport.service.ExportService;
import app.rapport.service.Session;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rapport export}: writes a contact sheet without opening the window. */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    private RapportCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT")
    private String format;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    private Path out;

    @Option(names = "--query", paramLabel = "QUERY")
    private String query;

    @Option(names = "--status", paramLabel = "STATUS")
    private String status;

    @Option(names = "--tag", paramLabel = "TAG")
    private String tag;

    @Option(names = "--platform", paramLabel = "PLATFORM")
    private String platform;

    @Option(names = "--campaign", paramLabel = "NAME")
    private String campaign;

    @Option(names = "--columns", paramLabel = "a,b,c", split = ",")
    private List<String> columns;

    @Option(names = "--cards")
    private boolean cards;

    @Option(names = "--paper", paramLabel = "a4|letter")
    private String paper;

    @Option(names = "--for-excel")
    private boolean forExcel;

    @Option(names = "--no-formula-escape")
    private boolean noFormulaEscape;

    @Override
    public Integer call() {
        Path workspace = parent.workspace();
        try (Session session = parent.openSession()) {
            String search = fullQuery();
            List<Influencer> contacts = session.search().find(search);
            ExportService.Format chosen = ExportService.Format.of(format);
            // The PDF's header around this filter is English (app.rapport.exchange), so the filter stays English too.
            String filter = search.isBlank() ? "" : "matching " + search;
            int written = session.exports().export(contacts, new ExportService.Request(chosen, columns, forExcel,
                    !noFormulaEscape, session.settings().settings().brandName(), filter, cards, paper()), out,
                    ExportProgress.NONE);
            spec.commandLine().getOut().println(say("export.written", written, out.toAbsolutePath()));
        }
        return 0;
    }

    private Paper paper() {
        if (paper == null) {
            return null;
        }
        try {
            return Paper.valueOf(paper.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(say("export.unknownPaper", paper));
        }
    }

    /** The query with the shorthand options added as its filters. */
    private String fullQuery() {
        String search = query == null ? "" : query;
        search = withTerm(search, QueryKey.STATUS, status);
        search = withTerm(search, QueryKey.TAG, tag);
        search = withTerm(search, QueryKey.PLATFORM, platform);
        return withTerm(search, QueryKey.CAMPAIGN, campaign);
    }

    private static String withTerm(String search, QueryKey key, String value) {
        return value == null ? search : ContactQuery.withTerm(search, key, value);
    }
}
