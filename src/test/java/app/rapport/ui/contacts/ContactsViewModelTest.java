package app.rapport.ui.contacts;

import static app.rapport.testing.InfluencerBuilder.anInfluencer;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.ContactMerge;
import app.rapport.domain.Influencer;
import app.rapport.domain.OutreachStatus;
import app.rapport.domain.Platform;
import app.rapport.service.ExportService;
import app.rapport.service.Session;
import app.rapport.testing.MutableClock;
import app.rapport.testing.ScriptedDialogs;
import app.rapport.ui.common.Background;
import app.rapport.ui.common.ContactBook;
import app.rapport.ui.common.DialogService.UnsavedChoice;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.StatusLine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contacts screen's behaviour on a real workspace, without a toolkit: work runs on the test thread. */
class ContactsViewModelTest {

    @TempDir
    Path folder;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T09:00:00Z"));
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    @AutoClose
    private Session session;
    private ContactsViewModel contacts;
    private ContactEditorViewModel editor;

    @BeforeEach
    void open() {
        session = Session.open(folder.resolve("ws"), clock);
        editor = new ContactEditorViewModel(clock);
        Background background = new Background(Runnable::run, Runnable::run);
        StatusLine status = new StatusLine();
        ContactBook book = new ContactBook(session.contacts(), session.outreach(), session.search(), session.changes(),
                background, dialogs, status);
        OutreachViewModel outreach = new OutreachViewModel(session.outreach(), book, background, dialogs, status,
                clock);
        contacts = new ContactsViewModel(session.contacts(), session.outreach(), session.exports(),
                session.settings(), book, editor, outreach, background, dialogs, status);
    }

    private Influencer stored(String name, String handle) {
        return session.contacts().save(anInfluencer().named(name).withAccount(Platform.INSTAGRAM, handle, 1000).build());
    }

    @Test
    void anEmptyWorkspaceShowsTheEmptyStateUntilTheSampleIsLoaded() {
        contacts.load();
        assertThat(contacts.emptyProperty().get()).isTrue();

        contacts.loadSample();

        assertThat(contacts.emptyProperty().get()).isFalse();
        assertThat(contacts.visibleContacts()).hasSizeGreaterThan(25);
        assertThat(contacts.statusProperty().get()).endsWith("contacts");
    }

    @Test
    void theQuickFilterMatchesNamesAndHandlesWithoutAccentsOrCase() {
        stored("Café Crème Club", "cafecremeclub");
        stored("Luna Bakes", "luna.bakes");
        contacts.load();

        contacts.filterTextProperty().set("CAFE");
        assertThat(contacts.visibleContacts()).extracting(Influencer::displayName).containsExactly("Café Crème Club");
        contacts.filterTextProperty().set("luna.b");
        assertThat(contacts.visibleContacts()).extracting(Influencer::displayName).containsExactly("Luna Bakes");
        assertThat(contacts.statusProperty().get()).isEqualTo("1 of 2 contacts");
    }

    @Test
    void savingANewContactAddsAndSelectsIt() {
        contacts.load();
        contacts.newContact();
        editor.displayNameProperty().set("Luna Bakes");
        editor.accounts().get(0).handleProperty().set("https://www.instagram.com/luna.bakes/");
        assertThat(contacts.canSaveProperty().get()).isTrue();

        contacts.save();

        assertThat(contacts.visibleContacts()).extracting(Influencer::displayName).containsExactly("Luna Bakes");
        assertThat(contacts.selectedProperty().get().id()).isNotNull();
        assertThat(editor.isDirty()).isFalse();
        assertThat(contacts.canSaveProperty().get()).isFalse();
        assertThat(session.contacts().listContacts()).hasSize(1);
    }

    @Test
    void aRefusedSaveKeepsTheFormAsTyped() {
        stored("Luna Bakes", "luna.bakes");
        contacts.load();
        contacts.newContact();
        editor.displayNameProperty().set("Impostor");
        editor.accounts().get(0).handleProperty().set("luna.bakes");

        contacts.save();

        assertThat(dialogs.errors).containsExactly("@luna.bakes on Instagram already belongs to Luna Bakes.");
        assertThat(editor.displayNameProperty().get()).isEqualTo("Impostor");
        assertThat(editor.isDirty()).isTrue();
    }

    @Test
    void leavingAChangedContactAsksAndCancelKeepsTheEdits() {
        Influencer luna = stored("Luna Bakes", "luna");
        Influencer wick = stored("Wick & Wander", "wick");
        contacts.load();
        contacts.select(luna);
        editor.cityProperty().set("Madrid");
        dialogs.willChoose(UnsavedChoice.CANCEL);

        boolean moved = contacts.select(wick);

        assertThat(moved).isFalse();
        assertThat(dialogs.asked).containsExactly("unsaved: Luna Bakes");
        assertThat(contacts.selectedProperty().get()).isEqualTo(luna);
        assertThat(editor.cityProperty().get()).isEqualTo("Madrid");
    }

    @Test
    void leavingAChangedContactCanSaveItFirst() {
        Influencer luna = stored("Luna Bakes", "luna");
        Influencer wick = stored("Wick & Wander", "wick");
        contacts.load();
        contacts.select(luna);
        editor.cityProperty().set("Madrid");
        dialogs.willChoose(UnsavedChoice.SAVE);

        contacts.select(wick);

        assertThat(contacts.selectedProperty().get()).isEqualTo(wick);
        assertThat(session.contacts().findContact(luna.id()).orElseThrow().city()).isEqualTo("Madrid");
    }

    @Test
    void leavingAChangedContactCanDiscardTheEdits() {
        Influencer luna = stored("Luna Bakes", "luna");
        Influencer wick = stored("Wick & Wander", "wick");
        contacts.load();
        contacts.select(luna);
        editor.cityProperty().set("Madrid");
        dialogs.willChoose(UnsavedChoice.DISCARD);

        contacts.select(wick);

        assertThat(contacts.selectedProperty().get()).isEqualTo(wick);
        assertThat(session.contacts().findContact(luna.id()).orElseThrow().city()).isEqualTo("Valencia");
    }

    @Test
    void deletingAsksFirstAndThenSelectsTheNextContact() {
        Influencer luna = stored("Luna Bakes", "luna");
        Influencer wick = stored("Wick & Wander", "wick");
        contacts.load();
        contacts.select(luna);

        dialogs.willConfirm(false);
        contacts.delete();
        assertThat(session.contacts().countContacts()).isEqualTo(2);

        dialogs.willConfirm(true);
        contacts.delete();
        assertThat(session.contacts().countContacts()).isEqualTo(1);
        assertThat(contacts.visibleContacts()).containsExactly(wick);
        assertThat(contacts.selectedProperty().get()).isEqualTo(wick);
        assertThat(dialogs.asked).allMatch(q -> q.startsWith("Move Luna Bakes to the Trash?"));

        contacts.bulk().undo();

        assertThat(session.contacts().countContacts()).isEqualTo(2);
        assertThat(contacts.visibleContacts()).extracting(Influencer::displayName)
                .containsExactlyInAnyOrder("Luna Bakes", "Wick & Wander");
        assertThat(contacts.bulk().canRedoProperty().get()).isTrue();

        contacts.bulk().redo();

        assertThat(session.contacts().countContacts()).isEqualTo(1);
        assertThat(contacts.bulk().canUndoProperty().get()).isTrue();
        contacts.bulk().undo();
        assertThat(session.contacts().countContacts()).isEqualTo(2);
    }

    @Test
    void aBulkChangeUndoesAndRedoesAsOneStep() {
        Influencer luna = stored("Luna Bakes", "luna");
        Influencer wick = stored("Wick & Wander", "wick");
        contacts.load();
        contacts.setSelection(List.of(luna, wick));

        contacts.bulk().bulkMove(OutreachStatus.CONTACTED);
        contacts.bulk().undo();
        assertThat(session.contacts().listContacts()).extracting(c -> c.outreach().status())
                .containsOnly(OutreachStatus.PROSPECT);

        contacts.bulk().redo();

        assertThat(session.contacts().listContacts()).extracting(c -> c.outreach().status())
                .containsOnly(OutreachStatus.CONTACTED);
        contacts.bulk().undo();
        assertThat(session.contacts().listContacts()).extracting(c -> c.outreach().status())
                .containsOnly(OutreachStatus.PROSPECT);
        assertThat(contacts.bulk().canUndoProperty().get()).isFalse();
    }

    @Test
    void exportingTheShownContactsWritesJustThoseRows() throws Exception {
        stored("Café Crème Club", "cafecremeclub");
        stored("Luna Bakes", "luna.bakes");
        contacts.load();
        contacts.filterTextProperty().set("luna.b");
        Path file = folder.resolve("shown.csv");
        dialogs.willAnswer(new DialogService.ExportChoice(
                ExportService.Format.CSV, DialogService.ExportScope.SHOWN,
                false, true, List.of("name", "email"), false, null));
        dialogs.willAnswer(file);

        contacts.export();

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("name,email");
        assertThat(lines.get(1)).isEqualTo("Luna Bakes,luna@lunabakes.example");
        assertThat(session.settings().exportColumns())
                .containsEntry(ExportService.Format.CSV, List.of("name", "email"));
        assertThat(contacts.statusProperty().get()).startsWith("Exported 1 contacts to ");
        assertThat(dialogs.asked).contains("export 1/0/2");
    }

    @Test
    void deletingManyIsOneStepThatOneUndoTakesBack() {
        Influencer luna = stored("Luna Bakes", "luna");
        Influencer wick = stored("Wick & Wander", "wick");
        stored("Mira Glow", "mira");
        contacts.load();
        contacts.setSelection(List.of(luna, wick));

        dialogs.willConfirm(true);
        contacts.deleteSelected();

        assertThat(contacts.visibleContacts()).extracting(Influencer::displayName).containsExactly("Mira Glow");
        assertThat(session.contacts().trash()).hasSize(2);
        contacts.bulk().undo();
        assertThat(session.contacts().countContacts()).isEqualTo(3);
        assertThat(contacts.visibleContacts()).hasSize(3);
    }

    @Test
    void aContactSavedElsewhereWhileEditedIsComparedAndNothingIsOverwrittenUnseen() {
        Influencer luna = session.contacts().save(anInfluencer().named("Luna Bakes").withTags("baking")
                .withAccount(Platform.INSTAGRAM, "luna.bakes", 1000).build());
        contacts.load();
        contacts.select(luna);
        editor.cityProperty().set("Madrid");
        editor.tagsProperty().set("candles");
        // Meanwhile someone else changes the tags and the phone of the same contact.
        Influencer theirs = session.contacts().save(luna.withTags(List.of("vegan")));
        theirs = session.contacts().save(new Influencer(theirs.id(), theirs.displayName(), theirs.realName(),
                theirs.email(), "+34 611 000 111", theirs.city(), theirs.country(), theirs.languages(), theirs.tags(),
                theirs.audienceNotes(), theirs.accounts(), theirs.fit(), theirs.outreach(), theirs.createdAt(),
                theirs.updatedAt(), theirs.version()));
        // Picked row by row: their tags, the user's city; their phone, which only they changed, stays.
        dialogs.willResolveConflict(EnumSet.of(ContactMerge.Part.TAGS, ContactMerge.Part.PHONE));

        contacts.save();

        assertThat(dialogs.asked).contains("conflict: Luna Bakes");
        assertThat(dialogs.conflictShown).extracting(d -> (Object) d.part()).containsExactly(
                ContactMerge.Part.PHONE, ContactMerge.Part.CITY, ContactMerge.Part.TAGS);
        assertThat(dialogs.conflictShown).filteredOn(d -> d.part() == ContactMerge.Part.TAGS).singleElement()
                .satisfies(d -> assertThat(d.byMe() && d.byThem()).isTrue());
        assertThat(dialogs.conflictShown).filteredOn(d -> d.part() == ContactMerge.Part.PHONE).singleElement()
                .satisfies(d -> assertThat(d.mineFirst()).isFalse());
        Influencer stored = session.contacts().listContacts().get(0);
        assertThat(stored.city()).isEqualTo("Madrid");
        assertThat(stored.tags()).containsExactly("vegan");
        assertThat(stored.phone()).isEqualTo("+34 611 000 111");
        assertThat(editor.dirtyProperty().get()).isFalse();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void goingBackToEditingAfterAConflictKeepsTheFormAndTakingTheirsShowsTheirs() {
        Influencer luna = stored("Luna Bakes", "luna.bakes");
        contacts.load();
        contacts.select(luna);
        editor.cityProperty().set("Madrid");
        Influencer theirs = session.contacts().save(luna.withTags(List.of("vegan")));

        dialogs.willResolveConflict(null);
        contacts.save();
        assertThat(editor.cityProperty().get()).isEqualTo("Madrid");
        assertThat(editor.dirtyProperty().get()).isTrue();

        dialogs.willResolveConflict(EnumSet.allOf(ContactMerge.Part.class));
        contacts.save();
        assertThat(editor.cityProperty().get()).isEqualTo(theirs.city() == null ? "" : theirs.city());
        assertThat(session.contacts().listContacts()).containsExactly(theirs);
        assertThat(contacts.statusProperty().get()).isEqualTo("Took their version of Luna Bakes.");
    }
}
