package app.rapport.ui.contacts;

import app.rapport.domain.Influencer;
import app.rapport.domain.sheet.ExportProgress;
import app.rapport.service.ExportService;
import app.rapport.service.SettingsService;
import app.rapport.ui.common.Background;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.Errors;
import app.rapport.ui.common.StatusLine;
import app.rapport.ui.common.Texts;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

/** Exporting contacts from the contacts screen: ask what and where, then write with progress and cancel. */
final class ContactExport {

    /** The contacts the user can choose to export, and the quick filter that narrowed the shown ones. */
    record Lists(List<Influencer> shown, List<Influencer> selected, List<Influencer> all, String quickFilter) {
    }

    private record Setup(Map<ExportService.Format, List<String>> remembered, String brand) {
    }

    private final ExportService exports;
    private final SettingsService settings;
    private final Background background;
    private final DialogService dialogs;
    private final StatusLine status;

    ContactExport(ExportService exports, SettingsService settings, Background background, DialogService dialogs,
            StatusLine status) {
        this.exports = exports;
        this.settings = settings;
        this.background = background;
        this.dialogs = dialogs;
        this.status = status;
    }

    void run(Lists lists) {
        background.run(() -> new Setup(settings.exportColumns(), settings.settings().brandName()),
                setup -> ask(lists, setup),
                failure -> dialogs.showError(Errors.describe(failure, "prepare the export", "errors.export.prepare")));
    }

    private void ask(Lists lists, Setup setup) {
        List<DialogService.ColumnOption> columns = exports.columns(lists.all())
                .stream().map(c -> new DialogService.ColumnOption(c.id(), c.header())).toList();
        dialogs.askExport(new DialogService.ExportOffer(lists.shown().size(), lists.selected().size(),
                lists.all().size(), columns, setup.remembered(), exports.defaultPaper())).ifPresent(choice -> {
            List<Influencer> rows = switch (choice.scope()) {
                case SELECTED -> lists.selected();
                case ALL -> lists.all();
                default -> lists.shown();
            };
            String filter = switch (choice.scope()) {
                case SELECTED -> Texts.text("contacts.export.filterSelected");
                case ALL -> "";
                default -> lists.quickFilter();
            };
            String extension = choice.format().extension();
            String title = Texts.text("contacts.export.saveTitle");
            dialogs.chooseSaveFile(title, "contacts." + extension, extension).ifPresent(file ->
                    write(rows, new ExportService.Request(choice.format(), choice.columns(), choice.forExcel(),
                            choice.escapeFormulas(), setup.brand(), filter, choice.cards(), choice.paper()), file));
        });
    }

    private void write(List<Influencer> rows, ExportService.Request request, Path file) {
        AtomicBoolean cancelled = status.startWork(Texts.text("contacts.export.exporting", rows.size()));
        ExportProgress progress = ExportProgress.of(
                fraction -> background.onUi(() -> status.progress(fraction)), cancelled::get);
        background.run(() -> {
            int written = exports.export(rows, request, file, progress);
            settings.rememberExportColumns(request.format(), request.columns());
            return written;
        }, written -> status.endWork(Texts.text("contacts.export.exported", written, file.toString())), failure -> {
            if (failure instanceof CancellationException) {
                status.endWork(Texts.text("contacts.export.cancelled"));
            } else {
                status.endWork("");
                dialogs.showError(Errors.describe(failure, "export the contacts", "errors.export.contacts"));
            }
        });
    }
}
