package app.rapport.ui.outreach;

import static app.rapport.testing.InfluencerBuilder.anInfluencer;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.Deal;
import app.rapport.domain.DealStage;
import app.rapport.domain.Influencer;
import app.rapport.domain.Interaction;
import app.rapport.domain.MessageTemplate;
import app.rapport.domain.OutreachStatus;
import app.rapport.domain.Platform;
import app.rapport.domain.Rights;
import app.rapport.domain.TemplateMerge;
import app.rapport.service.Session;
import app.rapport.service.Settings;
import app.rapport.testing.MutableClock;
import app.rapport.testing.ScriptedDialogs;
import app.rapport.ui.common.Background;
import app.rapport.ui.common.Books;
import app.rapport.ui.common.ContactBook;
import app.rapport.ui.common.DialogService.FollowUpDone;
import app.rapport.ui.common.StatusLine;
import app.rapport.ui.common.SystemActions;
import app.rapport.ui.contacts.OutreachViewModel;
import app.rapport.ui.messages.MessageViewModel;
import app.rapport.ui.pipeline.PipelineViewModel;
import app.rapport.ui.settings.SettingsViewModel;
import app.rapport.ui.today.TodayRow;
import app.rapport.ui.today.TodayViewModel;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outreach screens' view-models on a real workspace, without a toolkit. */
class OutreachViewModelsTest {

    private static final Instant T0 = Instant.parse("2026-11-27T09:00:00Z");   // a Friday

    @TempDir
    Path folder;
    private final MutableClock clock = new MutableClock(T0);
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final Background background = new Background(Runnable::run, Runnable::run);
    private final StatusLine status = new StatusLine();
    @AutoClose
    private Session session;
    private ContactBook book;

    @BeforeEach
    void open() {
        session = Session.open(folder, clock);
        book = new ContactBook(session.contacts(), session.outreach(), session.search(), session.changes(), background,
                dialogs, status);
    }

    private Influencer contact(String name, String tag, Platform platform) {
        return session.contacts().save(anInfluencer().named(name).withTags(tag)
                .withAccount(platform, name.toLowerCase().replace(' ', '_'), 1000).build());
    }

    @Test
    void theBoardHasAColumnPerStatusFilteredByNicheAndPlatform() {
        contact("Luna", "baking", Platform.TIKTOK);
        contact("Wick", "candles", Platform.INSTAGRAM);
        Influencer mads = contact("Mads", "candles", Platform.TIKTOK);
        session.outreach().moveTo(mads.id(), OutreachStatus.NEGOTIATING);
        PipelineViewModel board = new PipelineViewModel(book, session.outreach(), background, dialogs, status, clock);
        book.load(() -> { });

        assertThat(board.column(OutreachStatus.PROSPECT)).hasSize(2);
        assertThat(board.column(OutreachStatus.NEGOTIATING)).extracting(Influencer::displayName).containsExactly("Mads");
        board.tagFilterProperty().set("candles");
        assertThat(board.column(OutreachStatus.PROSPECT)).extracting(Influencer::displayName).containsExactly("Wick");
        board.platformFilterProperty().set(Platform.TIKTOK);
        assertThat(board.column(OutreachStatus.PROSPECT)).isEmpty();
        board.clearFilters();

        board.move(board.column(OutreachStatus.PROSPECT).get(0), OutreachStatus.REPLIED);

        assertThat(board.column(OutreachStatus.REPLIED)).hasSize(1);
        assertThat(board.column(OutreachStatus.PROSPECT)).hasSize(1);
        assertThat(status.messageProperty().get()).startsWith("Moved ").endsWith(" to Replied. Ctrl+Z moves it back.");

        book.history().undo();

        assertThat(board.column(OutreachStatus.REPLIED)).isEmpty();
        assertThat(board.column(OutreachStatus.PROSPECT)).hasSize(2);
        book.history().redo();
        assertThat(board.column(OutreachStatus.REPLIED)).hasSize(1);
    }

    @Test
    void todayGroupsFollowUpsAndDoneClearsOne() {
        Influencer luna = contact("Luna", "baking", Platform.TIKTOK);
        Influencer wick = contact("Wick", "candles", Platform.INSTAGRAM);
        session.outreach().setFollowUp(luna.id(), LocalDate.of(2026, 11, 25), "Nudge");
        session.outreach().setFollowUp(wick.id(), LocalDate.of(2026, 11, 27), "Call");
        TodayViewModel today = new TodayViewModel(book, session.outreach(), session.deals(), background, dialogs,
                status, clock, DayOfWeek.MONDAY);
        book.load(() -> { });

        assertThat(today.rows()).hasSize(4);
        assertThat(today.rows().get(0)).isEqualTo(new TodayRow.Heading("Overdue", 1, true));
        assertThat(today.dueCountProperty().get()).isEqualTo(2);

        dialogs.willAnswer(new FollowUpDone(Interaction.Channel.PHONE, "Called her", null));
        today.done(wick);

        assertThat(today.dueCountProperty().get()).isEqualTo(1);
        assertThat(session.outreach().interactions(wick.id())).extracting(Interaction::summary)
                .containsExactly("Called her");
        today.snooze(luna, 1);
        assertThat(today.dueCountProperty().get()).isZero();
        assertThat(today.rows()).hasSize(2);
    }

    @Test
    void loggingTheFirstOutboundMessageOffersContactedInOneClick() {
        Influencer luna = contact("Luna", "baking", Platform.TIKTOK);
        book.load(() -> { });
        OutreachViewModel outreach = new OutreachViewModel(session.outreach(), book, background, dialogs, status,
                clock);
        outreach.show(book.find(luna.id()).orElseThrow());
        outreach.summaryProperty().set("Sent the intro email");
        dialogs.willConfirm(true);

        outreach.logInteraction();

        assertThat(dialogs.asked).containsExactly("Move Luna to Contacted?");
        assertThat(book.find(luna.id()).orElseThrow().outreach().status()).isEqualTo(OutreachStatus.CONTACTED);
        assertThat(outreach.interactions()).extracting(Interaction::summary).containsExactly("Sent the intro email");
        assertThat(outreach.history()).hasSize(2);
        assertThat(outreach.summaryProperty().get()).isEmpty();
    }

    @Test
    void aMistypedTimeBlocksLogging() {
        Influencer luna = contact("Luna", "baking", Platform.TIKTOK);
        OutreachViewModel outreach = new OutreachViewModel(session.outreach(), book, background, dialogs, status,
                clock);
        outreach.show(luna);
        outreach.summaryProperty().set("Call");

        outreach.interactionTimeProperty().set("25:99");

        assertThat(outreach.timeErrorProperty().get()).isEqualTo("Enter a time like 14:30.");
        assertThat(outreach.canLogProperty().get()).isFalse();
    }

    @Test
    void theMessageWindowLeavesOutDoNotContactAndLogsWhatWasCopied() {
        Influencer luna = contact("Luna", "baking", Platform.TIKTOK);
        Influencer dnc = session.outreach().moveTo(contact("Bark", "pets", Platform.INSTAGRAM).id(),
                OutreachStatus.DO_NOT_CONTACT);
        List<String> copied = new ArrayList<>();
        List<String> mailed = new ArrayList<>();
        SystemActions system = new SystemActions() {
            @Override
            public void copyToClipboard(String text) {
                copied.add(text);
            }

            @Override
            public void openMail(String uri) {
                mailed.add(uri);
            }
        };
        MessageViewModel messages = new MessageViewModel(List.of(luna, dnc), session.outreach(), session.settings(),
                book, background, dialogs, status, system);

        assertThat(messages.recipients()).containsExactly(luna);
        assertThat(messages.warningProperty().get()).contains("1 contact left out: marked Do not contact.");
        assertThat(messages.bodyProperty().get()).startsWith("Hi Luna,");

        dialogs.willConfirm(false);
        messages.openMail();

        assertThat(mailed).singleElement().satisfies(uri -> assertThat(uri)
                .startsWith("mailto:luna@lunabakes.example?subject=").contains("%20").doesNotContain("+"));
        assertThat(session.outreach().interactions(luna.id())).extracting(Interaction::summary)
                .containsExactly("Sent \"First outreach\"");
        assertThat(dialogs.asked).containsExactly("Move Luna to Contacted?");
    }

    @Test
    void settingsFlagUnknownMergeFieldsAsYouType() {
        SettingsViewModel settings = new SettingsViewModel(session.settings(),
                new Books(session.deals(), session.campaigns(), session.settings(), session.search(),
                        session.changes(), background, dialogs).templates(), background, dialogs, status);
        assertThat(settings.templates()).hasSize(3);

        settings.newTemplate();
        settings.templateBodyProperty().set("Hi {frist_name}");

        assertThat(settings.templateProblemProperty().get()).startsWith("Unknown merge field {frist_name}");
        assertThat(settings.canSaveTemplateProperty().get()).isFalse();
        settings.templateBodyProperty().set("Hi {first_name}");
        settings.saveTemplate();
        assertThat(settings.templates()).hasSize(4);

        settings.brandNameProperty().set("Lumen Candles");
        settings.ruleEnabledProperty().set(true);
        settings.ruleDaysProperty().set(5);
        settings.saveSettings();
        assertThat(session.settings().settings().noReplyRule().days()).isEqualTo(5);
        assertThat(session.settings().settings().brandName()).isEqualTo("Lumen Candles");
    }

    @Test
    void aTemplateSavedBySomeoneElseMeanwhileIsComparedAndKeepsTheirSubject() {
        SettingsViewModel settings = new SettingsViewModel(session.settings(),
                new Books(session.deals(), session.campaigns(), session.settings(), session.search(),
                        session.changes(), background, dialogs).templates(), background, dialogs, status);
        MessageTemplate opened = settings.templates().get(0);
        settings.selectedTemplateProperty().set(opened);
        settings.templateBodyProperty().set("Hi {first_name}, shall we make something together?");
        // Saved elsewhere while this form is being edited: the form keeps what is typed.
        session.settings().saveTemplate(new MessageTemplate(opened.id(), opened.name(),
                "A gift from Lumen", opened.body(), opened.version()));
        dialogs.willResolveConflict(Set.of(TemplateMerge.Part.SUBJECT));
        settings.saveTemplate();

        assertThat(dialogs.asked).contains("conflict: the template " + opened.name());
        MessageTemplate stored = session.settings().templates().get(0);
        assertThat(stored.subject()).isEqualTo("A gift from Lumen");
        assertThat(stored.body()).isEqualTo("Hi {first_name}, shall we make something together?");
        assertThat(settings.templateSubjectProperty().get()).isEqualTo("A gift from Lumen");
        assertThat(settings.templates()).hasSize(3).contains(stored);
    }

    @Test
    void someoneElsesTemplateChangesReachACleanFormButNotOneBeingEdited() {
        SettingsViewModel settings = new SettingsViewModel(session.settings(),
                new Books(session.deals(), session.campaigns(), session.settings(), session.search(),
                        session.changes(), background, dialogs).templates(), background, dialogs, status);
        MessageTemplate first = settings.templates().get(0);
        settings.selectedTemplateProperty().set(first);
        MessageTemplate theirs = session.settings().saveTemplate(
                new MessageTemplate(first.id(), first.name(), "A gift from Lumen", first.body(),
                        first.version()));

        assertThat(settings.templateSubjectProperty().get()).isEqualTo("A gift from Lumen");
        assertThat(settings.templates()).contains(theirs);

        settings.templateBodyProperty().set("My own words");
        session.settings().saveTemplate(new MessageTemplate(theirs.id(), "Renamed", theirs.subject(),
                theirs.body(), theirs.version()));
        assertThat(settings.templateBodyProperty().get()).isEqualTo("My own words");
        assertThat(settings.templateNameProperty().get()).isEqualTo(first.name());
        assertThat(settings.templates()).extracting(MessageTemplate::name).contains("Renamed");
    }

    @Test
    void settingsSavedBySomeoneElseMeanwhileKeepTheirOtherChangesAndCompareTheSameOne() {
        SettingsViewModel settings = new SettingsViewModel(session.settings(),
                new Books(session.deals(), session.campaigns(), session.settings(), session.search(),
                        session.changes(), background, dialogs).templates(), background, dialogs, status);
        Settings opened = session.settings().settings();
        session.settings().save(new Settings("Lumen Candles", "Ben", opened.noReplyRule()));

        settings.ruleDaysProperty().set(9);
        settings.saveSettings();
        assertThat(dialogs.asked).isEmpty();
        assertThat(session.settings().settings().brandName()).isEqualTo("Lumen Candles");
        assertThat(session.settings().settings().noReplyRule().days()).isEqualTo(9);
        assertThat(settings.brandNameProperty().get()).isEqualTo("Lumen Candles");

        session.settings().save(new Settings("Lumen & Co", "Ben",
                session.settings().settings().noReplyRule()));
        settings.brandNameProperty().set("Lumen Studio");
        dialogs.willResolveConflict(Set.of());
        settings.saveSettings();
        assertThat(dialogs.asked).containsExactly("conflict: the settings");
        assertThat(session.settings().settings().brandName()).isEqualTo("Lumen Studio");
    }

    @Test
    void todayListsUsageRightsThatEndWithinTwoWeeks() {
        Influencer luna = contact("Luna", "baking", Platform.TIKTOK);
        session.deals().save(new Deal(null, luna.id(), null, "Winter reel",
                DealStage.CONTENT_LIVE, null, null, null, null, null,
                new Rights("website", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 12, 7), null,
                        null, false), null, null, null, null, null));
        TodayViewModel today = new TodayViewModel(book, session.outreach(), session.deals(), background, dialogs,
                status, clock, DayOfWeek.MONDAY);
        assertThat(today.rows()).as("rights are read when the screen shows").isEmpty();
        today.refresh();

        assertThat(today.rows()).hasSize(2);
        assertThat(today.rows().get(1)).isInstanceOfSatisfying(TodayRow.Reminder.class, r -> assertThat(
                r.reminder().text("7 Dec")).isEqualTo("Usage rights for Luna (Winter reel) end on 7 Dec"));
        assertThat(today.dueCountProperty().get()).isZero();
    }
}
