package app.rapport.ui.contacts;

import static app.rapport.testing.InfluencerBuilder.anInfluencer;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.Influencer;
import app.rapport.domain.Platform;
import app.rapport.domain.SocialAccount;
import app.rapport.domain.text.Messages;
import app.rapport.testing.MutableClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ContactEditorViewModelTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T09:00:00Z"));
    private final ContactEditorViewModel editor = new ContactEditorViewModel(clock);

    private Influencer stored() {
        return anInfluencer().withAccount(Platform.INSTAGRAM, "luna.bakes", 48_200).build().withId(7L);
    }

    @Test
    void aNewContactNeedsANameAndAHandleBeforeItIsValid() {
        editor.startNew();
        assertThat(editor.isValid()).isFalse();
        assertThat(editor.displayNameErrorProperty().get()).isEqualTo("Enter a display name.");

        editor.displayNameProperty().set("Luna Bakes");
        editor.accounts().get(0).handleProperty().set("@luna.bakes");

        assertThat(editor.isValid()).isTrue();
        assertThat(editor.displayNameErrorProperty().get()).isEmpty();
    }

    @Test
    void anInvalidEmailIsReportedAtTheFieldAsYouType() {
        editor.edit(stored());

        editor.emailProperty().set("luna@");

        assertThat(editor.emailErrorProperty().get()).isEqualTo("Enter an email address like name@example.com.");
        assertThat(editor.isValid()).isFalse();
        editor.emailProperty().set("luna@lunabakes.example");
        assertThat(editor.emailErrorProperty().get()).isEmpty();
    }

    @Test
    void aGermanTypesCountsAndRatesTheGermanWay() {
        try (var s = Messages.speak(Locale.GERMAN)) {
            Influencer stored = stored();
            editor.edit(stored.withAccounts(List.of(stored.accounts().get(0)
                    .withEngagementRate(new BigDecimal("3.25")))));
            AccountFormViewModel account = editor.accounts().get(0);
            assertThat(account.engagementProperty().get()).isEqualTo("3,25");

            account.followersProperty().set("12,400");
            assertThat(account.followersErrorProperty().get()).startsWith("Followers must be").contains("1,2");
            account.followersProperty().set("1,2 Mio.");
            assertThat(account.followersErrorProperty().get()).isEmpty();

            assertThat(editor.toContact().accounts().get(0).followers()).isEqualTo(1_200_000L);
            account.followersProperty().set("12.400");
            assertThat(editor.toContact().accounts().get(0).followers()).isEqualTo(12_400L);
        }
    }

    @Test
    void followersAndEngagementAreCheckedPerAccount() {
        editor.edit(stored());
        AccountFormViewModel account = editor.accounts().get(0);

        account.followersProperty().set("-3");
        account.engagementProperty().set("140");

        assertThat(account.followersErrorProperty().get()).startsWith("Followers must be");
        assertThat(account.engagementErrorProperty().get()).isEqualTo("Engagement must be between 0 and 100 %.");
        assertThat(editor.isValid()).isFalse();
    }

    @Test
    void editingMakesTheFormDirtyAndRevertCleansIt() {
        editor.edit(stored());
        assertThat(editor.isDirty()).isFalse();

        editor.cityProperty().set("Madrid");
        assertThat(editor.isDirty()).isTrue();
        editor.cityProperty().set("Valencia");
        assertThat(editor.isDirty()).as("typing the old value back is not a change").isFalse();

        editor.accounts().get(0).followersProperty().set("50K");
        assertThat(editor.isDirty()).isTrue();
        editor.revert();
        assertThat(editor.isDirty()).isFalse();
        assertThat(editor.accounts().get(0).followersProperty().get()).isEqualTo("48200");
    }

    @Test
    void pastingAProfileLinkRecognisesPlatformAndHandle() {
        editor.startNew();
        AccountFormViewModel account = editor.accounts().get(0);

        account.handleProperty().set("https://www.tiktok.com/@lunabakes?lang=en");

        assertThat(account.platformProperty().get()).isEqualTo(Platform.TIKTOK);
        assertThat(account.handleProperty().get()).isEqualTo("lunabakes");
        assertThat(account.profileUrlProperty().get()).isEqualTo("https://www.tiktok.com/@lunabakes");
        assertThat(account.urlEditableProperty().get()).isFalse();
    }

    @Test
    void aWebsiteKeepsTheLinkTheUserTyped() {
        editor.startNew();
        AccountFormViewModel account = editor.accounts().get(0);
        account.platformProperty().set(Platform.BLOG);

        account.handleProperty().set("https://softlight.example/journal");

        assertThat(account.platformProperty().get()).isEqualTo(Platform.BLOG);
        assertThat(account.profileUrlProperty().get()).isEqualTo("https://softlight.example/journal");
        assertThat(account.urlEditableProperty().get()).isTrue();
    }

    @Test
    void theFormBecomesTheContactWithAllItsFields() {
        editor.edit(stored());
        editor.tagsProperty().set("baking; vegan, bread");
        editor.fitRatingProperty().set(5);
        editor.newNoteProperty().set("Loved the winter collection.");
        editor.addNote();
        AccountFormViewModel youtube = editor.addAccount();
        youtube.platformProperty().set(Platform.YOUTUBE);
        youtube.handleProperty().set("lunabakes");
        youtube.followersProperty().set("12.4K");
        youtube.engagementProperty().set("3,5 %");

        Influencer contact = editor.toContact();

        assertThat(contact.id()).isEqualTo(7L);
        assertThat(contact.tags()).containsExactly("baking", "vegan", "bread");
        assertThat(contact.fit().rating()).isEqualTo(5);
        assertThat(contact.fit().notes()).singleElement()
                .satisfies(note -> assertThat(note.notedAt()).isEqualTo(clock.instant()));
        SocialAccount added = contact.accounts().get(1);
        assertThat(added.followers()).isEqualTo(12_400L);
        assertThat(added.engagementRate()).isEqualByComparingTo("3.5");
        assertThat(added.profileUrl()).isEqualTo("https://www.youtube.com/@lunabakes");
        assertThat(editor.newNoteProperty().get()).isEmpty();
    }

    @Test
    void aLinkTypedKeyByKeyIsRecognisedWhenTheFieldIsLeftNotHalfWay() {
        editor.startNew();
        AccountFormViewModel account = editor.accounts().get(0);
        String url = "https://www.tiktok.com/@lunabakes";

        for (int i = 1; i <= url.length(); i++) {
            account.handleProperty().set(url.substring(0, i));
        }
        assertThat(account.handleProperty().get()).isEqualTo(url);

        account.commitHandle();
        assertThat(account.platformProperty().get()).isEqualTo(Platform.TIKTOK);
        assertThat(account.handleProperty().get()).isEqualTo("lunabakes");
    }
}
