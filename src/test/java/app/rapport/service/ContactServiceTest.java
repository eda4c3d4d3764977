package app.rapport.service;

import static app.rapport.testing.InfluencerBuilder.anInfluencer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.domain.Influencer;
import app.rapport.domain.Platform;
import app.rapport.domain.RuleViolation;
import app.rapport.domain.SocialAccount;
import app.rapport.testing.Backend;
import app.rapport.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class ContactServiceTest {

    @Parameter
    Backend backend;

    private static final Instant T0 = Instant.parse("2026-11-27T09:00:00Z");

    @TempDir
    Path folder;
    private final MutableClock clock = new MutableClock(T0);
    @AutoClose
    private Session session;
    private ContactService contacts;

    @BeforeEach
    void open() {
        session = backend.open(folder, clock);
        contacts = session.contacts();
    }

    @Test
    void savingANewContactStampsItAndItsAccounts() {
        Influencer saved = contacts.save(anInfluencer().withAccount(Platform.TIKTOK, "luna", 10).build());

        assertThat(saved.id()).isNotNull();
        assertThat(saved.createdAt()).isEqualTo(T0);
        assertThat(saved.updatedAt()).isEqualTo(T0);
        assertThat(saved.accounts()).allSatisfy(a -> assertThat(a.createdAt()).isEqualTo(T0));
        assertThat(contacts.listContacts()).containsExactly(saved);
    }

    @Test
    void savingAgainKeepsTheCreationMomentAndStampsOnlyChangedAccounts() {
        Influencer saved = contacts.save(anInfluencer().withAccount(Platform.TIKTOK, "luna", 10)
                .withAccount(Platform.INSTAGRAM, "luna", 20).build());
        clock.advance(Duration.ofHours(2));
        SocialAccount tiktok = saved.accounts().get(0);

        Influencer again = contacts.save(saved.withAccounts(List.of(tiktok.withFollowers(11L), saved.accounts().get(1))));

        assertThat(again.createdAt()).isEqualTo(T0);
        assertThat(again.updatedAt()).isEqualTo(T0.plus(Duration.ofHours(2)));
        assertThat(again.accounts().get(0).updatedAt()).isEqualTo(T0.plus(Duration.ofHours(2)));
        assertThat(again.accounts().get(1).updatedAt()).isEqualTo(T0);
    }

    @Test
    void aHandleAnotherContactHasIsRefusedWithTheirName() {
        contacts.save(anInfluencer().named("Luna Bakes").withAccount(Platform.TIKTOK, "lunabakes", 10).build());
        Influencer copy = anInfluencer().named("Someone Else").withAccount(Platform.TIKTOK, "@LunaBakes", 10).build();

        assertThatThrownBy(() -> contacts.save(copy))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("@LunaBakes on TikTok already belongs to Luna Bakes.");
        assertThat(contacts.countContacts()).isEqualTo(1);
    }

    @Test
    void theSameHandleOnAnotherPlatformIsFine() {
        contacts.save(anInfluencer().named("A").withAccount(Platform.TIKTOK, "luna", 10).build());
        contacts.save(anInfluencer().named("B").withAccount(Platform.INSTAGRAM, "luna", 10).build());

        assertThat(contacts.countContacts()).isEqualTo(2);
    }

    @Test
    void anInvalidContactIsNotSaved() {
        assertThatThrownBy(() -> contacts.save(anInfluencer().withEmail("luna@").build()))
                .isInstanceOf(RuleViolation.class);
        assertThat(contacts.countContacts()).isZero();
    }

    @Test
    void aWorkspaceHasContactsUntilTheLastGoesToTheTrash() {
        assertThat(contacts.hasContacts()).isFalse();
        Influencer luna = contacts.save(anInfluencer().named("Luna Bakes").build());

        assertThat(contacts.hasContacts()).isTrue();
        contacts.delete(luna.id());
        assertThat(contacts.hasContacts()).isFalse();
    }

    @Test
    void theSampleIsLoadedOnceThroughTheSaveRules() {
        int first = contacts.loadSample();
        int second = contacts.loadSample();

        assertThat(first).isBetween(25, 40);
        assertThat(second).isZero();
        List<Influencer> all = contacts.listContacts();
        assertThat(all).hasSize(first);
        assertThat(all).allSatisfy(c -> {
            assertThat(c.accounts()).isNotEmpty();
            assertThat(c.country()).isNotNull();
            assertThat(c.createdAt()).isEqualTo(T0);
        });
        assertThat(all.stream().flatMap(c -> c.accounts().stream()).map(SocialAccount::platform).distinct().count())
                .isGreaterThanOrEqualTo(6);
        assertThat(contacts.knownTags()).contains("vegan", "coffee");
    }

    @Test
    void deletingRemovesTheContact() {
        Influencer saved = contacts.save(anInfluencer().withAccount(Platform.TIKTOK, "luna", 10).build());

        assertThat(contacts.delete(saved.id())).isTrue();
        assertThat(contacts.findContact(saved.id())).isEmpty();
        assertThat(contacts.delete(saved.id())).isFalse();
    }
}
