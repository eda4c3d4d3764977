package app.rapport.ui.campaigns;

import static app.rapport.testing.InfluencerBuilder.anInfluencer;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.Campaign;
import app.rapport.domain.CampaignMerge;
import app.rapport.domain.Deal;
import app.rapport.domain.DealStage;
import app.rapport.domain.Influencer;
import app.rapport.domain.Money;
import app.rapport.domain.Platform;
import app.rapport.domain.ShortlistRow;
import app.rapport.service.Session;
import app.rapport.testing.MutableClock;
import app.rapport.testing.ScriptedDialogs;
import app.rapport.ui.common.Background;
import app.rapport.ui.common.Books;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.StatusLine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.collections.FXCollections;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampaignsViewModelTest {

    @TempDir
    Path folder;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T09:00:00Z"));
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    @AutoClose
    private Session session;
    private CampaignsViewModel campaigns;
    private final List<Influencer> creators = new ArrayList<>();

    @BeforeEach
    void open() {
        session = Session.open(folder.resolve("ws"), clock);
        for (String name : List.of("Wick", "Golden", "Rooted")) {
            creators.add(session.contacts().save(anInfluencer().named(name)
                    .withAccount(Platform.INSTAGRAM, name.toLowerCase(), 10_000).build()));
        }
        Background background = new Background(Runnable::run, Runnable::run);
        Books books = new Books(session.deals(), session.campaigns(), session.settings(), session.search(),
                session.changes(), background, dialogs);
        campaigns = new CampaignsViewModel(session.campaigns(), books.campaigns(),
                FXCollections.observableArrayList(creators), session.changes(), background, dialogs,
                new StatusLine(), Locale.UK);
        // As the screen does when it is first shown.
        campaigns.load();
    }

    @Test
    void aPlanOverTheBudgetWarnsUntilAFeeIsLowered() {
        campaigns.newCampaign();
        campaigns.form().nameProperty().set("Holiday gift guide");
        campaigns.form().budgetProperty().set("1,000");
        campaigns.saveCampaign();
        campaigns.addToShortlist(creators.stream().map(Influencer::id).toList());
        assertThat(campaigns.shortlist()).hasSize(3);

        campaigns.shortlistEdits().setPlannedFee(campaigns.shortlist().get(0), "300");
        campaigns.shortlistEdits().setPlannedFee(campaigns.shortlist().get(1), "400");
        campaigns.shortlistEdits().setPlannedFee(campaigns.shortlist().get(2), "500");
        assertThat(campaigns.warnings()).containsExactly("The plan is €200.00 over the budget.");
        assertThat(campaigns.budgetProperty().get().planned()).isEqualTo(Money.of("1200", "EUR"));

        campaigns.shortlistEdits().setPlannedFee(campaigns.shortlist().get(2), "200");

        assertThat(campaigns.warnings()).isEmpty();
        assertThat(campaigns.budgetProperty().get().remaining()).isEqualTo(Money.of("100", "EUR"));
    }

    @Test
    void aPlannedFeeInAnotherCurrencyNeedsARate() {
        campaigns.newCampaign();
        campaigns.form().budgetProperty().set("1000");
        campaigns.saveCampaign();
        campaigns.addToShortlist(List.of(creators.get(0).id()));

        campaigns.shortlistEdits().setPlannedFee(campaigns.shortlist().get(0), "USD 300");
        assertThat(campaigns.warnings()).containsExactly(
                "Amounts in USD are not counted: add an exchange rate to the campaign.");

        campaigns.form().ratesProperty().set("USD 0.9");
        campaigns.saveCampaign();
        assertThat(campaigns.warnings()).isEmpty();
        assertThat(campaigns.budgetProperty().get().planned()).isEqualTo(Money.of("270", "EUR"));
    }

    @Test
    void promotingOpensADealWithThePlannedFee() {
        List<Deal> opened = new ArrayList<>();
        campaigns.setDealOpener(opened::add);
        campaigns.newCampaign();
        campaigns.form().budgetProperty().set("1000");
        campaigns.saveCampaign();
        campaigns.addToShortlist(List.of(creators.get(0).id()));
        campaigns.shortlistEdits().setPlannedFee(campaigns.shortlist().get(0), "300");

        campaigns.promote(campaigns.shortlist().get(0));

        assertThat(opened).singleElement().satisfies(d -> assertThat(d.fee()).isEqualTo(Money.of("300", "EUR")));
        assertThat(campaigns.shortlist().get(0).deal()).isNotNull();
    }

    @Test
    void makingADealForACreatorWithAnOpenDealOffersItAndOpeningItPutsItInTheCampaign() {
        List<Deal> edited = new ArrayList<>();
        List<Deal> shownOnContact = new ArrayList<>();
        campaigns.setDealOpener(edited::add);
        campaigns.setContactDealOpener(shownOnContact::add);
        Deal spring = session.deals().save(agreedDeal(creators.get(0), "Spring reel"));
        Campaign holiday = savedCampaign("Holiday gifts");
        campaigns.addToShortlist(List.of(creators.get(0).id()));
        dialogs.willAnswer(DialogService.ExistingDealChoice.OPEN_EXISTING);

        campaigns.promote(campaigns.shortlist().get(0));

        assertThat(dialogs.asked).contains("existing deal: Wick: Spring reel (Agreed)");
        assertThat(session.deals().dealsOf(creators.get(0).id())).singleElement()
                .satisfies(d -> assertThat(d.campaignId()).isEqualTo(holiday.id()));
        assertThat(shownOnContact).singleElement().satisfies(d -> assertThat(d.id()).isEqualTo(spring.id()));
        assertThat(edited).isEmpty();
        assertThat(campaigns.shortlist().get(0).deal()).isNotNull()
                .satisfies(d -> assertThat(d.id()).isEqualTo(spring.id()));
    }

    @Test
    void aCreatorsOpenDealInAnotherCampaignStaysThereWhenOpened() {
        List<Deal> shownOnContact = new ArrayList<>();
        campaigns.setContactDealOpener(shownOnContact::add);
        Campaign spring = savedCampaign("Spring launch");
        campaigns.addToShortlist(List.of(creators.get(0).id()));
        campaigns.promote(campaigns.shortlist().get(0));
        savedCampaign("Holiday gifts");
        campaigns.addToShortlist(List.of(creators.get(0).id()));
        dialogs.willAnswer(DialogService.ExistingDealChoice.OPEN_EXISTING);

        campaigns.promote(campaigns.shortlist().get(0));

        assertThat(shownOnContact).singleElement().satisfies(d -> assertThat(d.campaignId()).isEqualTo(spring.id()));
        assertThat(session.deals().dealsOf(creators.get(0).id())).hasSize(1);
        assertThat(campaigns.shortlist().get(0).deal()).isNull();
    }

    @Test
    void aNewDealIsMadeAnywayOnlyWhenTheUserSaysSo() {
        List<Deal> edited = new ArrayList<>();
        campaigns.setDealOpener(edited::add);
        session.deals().save(agreedDeal(creators.get(0), "Spring reel"));
        savedCampaign("Holiday gifts");
        campaigns.addToShortlist(List.of(creators.get(0).id()));

        dialogs.willAnswer(DialogService.ExistingDealChoice.CANCEL);
        campaigns.promote(campaigns.shortlist().get(0));
        assertThat(session.deals().dealsOf(creators.get(0).id())).hasSize(1);
        assertThat(edited).isEmpty();

        dialogs.willAnswer(DialogService.ExistingDealChoice.MAKE_NEW);
        campaigns.promote(campaigns.shortlist().get(0));
        assertThat(session.deals().dealsOf(creators.get(0).id())).hasSize(2);
        assertThat(edited).singleElement().satisfies(d -> assertThat(d.title()).isEqualTo("Holiday gifts — Wick"));
    }

    @Test
    void aCompletedDealIsNotOffered() {
        List<Deal> edited = new ArrayList<>();
        campaigns.setDealOpener(edited::add);
        session.deals().save(agreedDeal(creators.get(0), "Last year's reel").withStage(DealStage.COMPLETED));
        savedCampaign("Holiday gifts");
        campaigns.addToShortlist(List.of(creators.get(0).id()));

        campaigns.promote(campaigns.shortlist().get(0));

        assertThat(dialogs.asked).noneMatch(q -> q.startsWith("existing deal"));
        assertThat(edited).hasSize(1);
    }

    private static Deal agreedDeal(Influencer creator, String title) {
        return new Deal(null, creator.id(), null, title, DealStage.AGREED, Money.of("150", "EUR"), null, null, null,
                List.of(), null, List.of(), null, null, null, null);
    }

    @Test
    void aCampaignWithoutABudgetIsNotSaved() {
        campaigns.newCampaign();
        campaigns.saveCampaign();
        assertThat(dialogs.errors).containsExactly("Set the campaign's budget.");
        assertThat(campaigns.campaigns()).isEmpty();
    }

    @Test
    void theShortlistExportsAsXlsxOrCsvByTheFileNameChosen() throws Exception {
        campaigns.newCampaign();
        campaigns.form().nameProperty().set("Holiday");
        campaigns.form().budgetProperty().set("1000");
        campaigns.saveCampaign();
        campaigns.addToShortlist(creators.stream().map(Influencer::id).toList());
        campaigns.shortlistEdits().setPlannedFee(campaigns.shortlist().get(0), "300");
        Path csv = folder.resolve("shortlist.csv");
        Path xlsx = folder.resolve("shortlist.xlsx");

        dialogs.willAnswer(csv);
        campaigns.exportShortlist();
        dialogs.willAnswer(xlsx);
        campaigns.exportShortlist();

        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).startsWith("Priority,Creator,Fit");
        assertThat(lines.get(1)).startsWith("1,Wick,4,").contains(",300.00,EUR,");
        try (var in = Files.newInputStream(xlsx);
             var book = new XSSFWorkbook(in)) {
            assertThat(book.getSheetAt(0).getRow(1).getCell(5).getNumericCellValue()).isEqualTo(300.0);
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(3);
        }
    }

    private Campaign savedCampaign(String name) {
        campaigns.newCampaign();
        campaigns.form().nameProperty().set(name);
        campaigns.form().budgetProperty().set("1000");
        campaigns.saveCampaign();
        return campaigns.selectedProperty().get();
    }

    /** Someone else's save, as another person on the team workspace makes it. */
    private Campaign savedElsewhere(Campaign opened, String name, String budget) {
        return session.campaigns().save(new Campaign(opened.id(), name, opened.brief(), opened.startOn(),
                opened.endOn(), Money.of(budget, "EUR"), opened.targetNiches(), opened.targetPlatforms(),
                opened.status(), opened.rates(), opened.createdAt(), opened.updatedAt(), opened.version()));
    }

    @Test
    void otherPeoplesChangesReachTheListAndACleanForm() {
        Campaign opened = savedCampaign("Holiday gifts");
        savedElsewhere(opened, "Holiday gift guide", "1500");
        session.campaigns().addToShortlist(opened.id(), List.of(creators.get(1).id()));

        campaigns.othersChanged();

        assertThat(campaigns.campaigns()).extracting(Campaign::name).containsExactly("Holiday gift guide");
        assertThat(campaigns.form().nameProperty().get()).isEqualTo("Holiday gift guide");
        assertThat(campaigns.form().budgetProperty().get()).isEqualTo("1500");
        assertThat(campaigns.shortlist()).extracting(r -> r.contact().displayName()).containsExactly("Golden");
    }

    @Test
    void anEditedFormStaysAndItsSaveIsComparedWithTheirs() {
        Campaign opened = savedCampaign("Holiday gifts");
        campaigns.form().briefProperty().set("Candles under 40 euros");
        savedElsewhere(opened, "Holiday gifts", "1500");

        campaigns.othersChanged();
        assertThat(campaigns.form().briefProperty().get()).isEqualTo("Candles under 40 euros");
        assertThat(campaigns.form().budgetProperty().get()).isEqualTo("1000");
        assertThat(campaigns.selectedProperty().get().budget()).isEqualTo(Money.of("1500", "EUR"));

        // Keep mine: my brief, and their budget, which only they changed.
        dialogs.willResolveConflict(Set.of(CampaignMerge.Part.BUDGET));
        campaigns.saveCampaign();

        assertThat(dialogs.asked).contains("conflict: the campaign Holiday gifts");
        assertThat(dialogs.conflictShown).extracting(d -> (Object) d.part())
                .containsExactly(CampaignMerge.Part.BUDGET, CampaignMerge.Part.BRIEF);
        Campaign stored = session.campaigns().campaigns().get(0);
        assertThat(stored.brief()).isEqualTo("Candles under 40 euros");
        assertThat(stored.budget()).isEqualTo(Money.of("1500", "EUR"));
        assertThat(campaigns.form().budgetProperty().get()).isEqualTo("1500");
        assertThat(campaigns.savingProperty().get()).isFalse();
    }

    @Test
    void aCampaignDeletedElsewhereWhileEditedKeepsTheFormAndSaysSo() {
        Campaign opened = savedCampaign("Holiday gifts");
        campaigns.form().briefProperty().set("Candles under 40 euros");
        session.campaigns().delete(opened.id());

        campaigns.othersChanged();
        assertThat(campaigns.campaigns()).isEmpty();
        assertThat(campaigns.form().briefProperty().get()).isEqualTo("Candles under 40 euros");

        campaigns.saveCampaign();
        assertThat(dialogs.errors).singleElement().asString()
                .startsWith("Someone else deleted the campaign Holiday gifts");
    }

    @Test
    void aPlanChangedBySomeoneElseMeanwhileIsNotWrittenOverAndTheShortlistShowsTheirs() {
        Campaign holiday = savedCampaign("Holiday gifts");
        campaigns.addToShortlist(List.of(creators.get(0).id()));
        ShortlistRow shown = campaigns.shortlist().get(0);
        session.campaigns().updateEntry(shown.entry().withPlan(null, "Candle set", Money.of("64", "EUR")));

        campaigns.shortlistEdits().setPlannedFee(shown, "300");

        assertThat(dialogs.errors).containsExactly("Someone else changed the plan for Wick meanwhile; the shortlist "
                + "now shows theirs. Make your change again if you still want it.");
        assertThat(campaigns.shortlist().get(0).entry().plannedGift()).isEqualTo("Candle set");
        assertThat(campaigns.shortlist().get(0).entry().plannedFee()).isNull();
        campaigns.shortlistEdits().setPlannedFee(campaigns.shortlist().get(0), "300");
        assertThat(session.campaigns().overview(holiday.id(), Locale.UK).shortlist()).singleElement()
                .satisfies(e -> {
                    assertThat(e.plannedFee()).isEqualTo(Money.of("300", "EUR"));
                    assertThat(e.plannedGift()).isEqualTo("Candle set");
                });
    }

    @Test
    void aDealIsNotMadeFromAPlanSomeoneElseChangedMeanwhile() {
        List<Deal> opened = new ArrayList<>();
        campaigns.setDealOpener(opened::add);
        savedCampaign("Holiday gifts");
        campaigns.addToShortlist(List.of(creators.get(0).id()));
        ShortlistRow shown = campaigns.shortlist().get(0);
        session.campaigns().updateEntry(shown.entry().withPlan(Money.of("500", "EUR"), null, null));

        campaigns.promote(shown);

        assertThat(opened).isEmpty();
        assertThat(session.deals().dealsOf(creators.get(0).id())).isEmpty();
        assertThat(dialogs.errors).singleElement().asString().startsWith("Someone else changed the plan for Wick");
        campaigns.promote(campaigns.shortlist().get(0));
        assertThat(opened).singleElement().satisfies(d -> assertThat(d.fee()).isEqualTo(Money.of("500", "EUR")));
    }

    @Test
    void aNewCampaignBeingTypedStaysWhenSomeoneElseAddsOne() {
        campaigns.newCampaign();
        campaigns.form().nameProperty().set("Spring launch");
        session.campaigns().save(new Campaign(null, "Holiday gifts", null, null, null, Money.of("1000", "EUR"),
                List.of(), Set.of(), null, List.of(), null, null));

        campaigns.othersChanged();

        assertThat(campaigns.campaigns()).extracting(Campaign::name).containsExactly("Holiday gifts");
        assertThat(campaigns.form().nameProperty().get()).isEqualTo("Spring launch");
        assertThat(campaigns.selectedProperty().get()).isNull();
    }
}
