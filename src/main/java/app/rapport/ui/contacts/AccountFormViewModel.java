package app.rapport.ui.contacts;

import app.rapport.domain.EngagementRates;
import app.rapport.domain.FollowerCounts;
import app.rapport.domain.InfluencerRules;
import app.rapport.domain.LocalNumbers;
import app.rapport.domain.Platform;
import app.rapport.domain.SocialAccount;
import app.rapport.domain.SocialHandles;
import app.rapport.domain.Text;
import app.rapport.domain.text.Messages;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One social account being edited in the contact form. */
public final class AccountFormViewModel {

    // Properties
    private final ObjectProperty<Platform> platform = new SimpleObjectProperty<>(this, "platform", Platform.INSTAGRAM);
    private final StringProperty handle = new SimpleStringProperty(this, "handle", "");
    private final StringProperty profileUrl = new SimpleStringProperty(this, "profileUrl", "");
    private final StringProperty followers = new SimpleStringProperty(this, "followers", "");
    private final StringProperty engagement = new SimpleStringProperty(this, "engagement", "");
    private final ObjectProperty<LocalDate> checkedOn = new SimpleObjectProperty<>(this, "checkedOn");
    private final ReadOnlyBooleanWrapper urlEditable = new ReadOnlyBooleanWrapper(this, "urlEditable");
    private final ReadOnlyStringWrapper handleError = new ReadOnlyStringWrapper(this, "handleError", "");
    private final ReadOnlyStringWrapper urlError = new ReadOnlyStringWrapper(this, "urlError", "");
    private final ReadOnlyStringWrapper followersError = new ReadOnlyStringWrapper(this, "followersError", "");
    private final ReadOnlyStringWrapper engagementError = new ReadOnlyStringWrapper(this, "engagementError", "");

    private final Long id;
    private final Instant createdAt;
    private final Instant updatedAt;
    private boolean recognising;

    private AccountFormViewModel(SocialAccount account) {
        id = account == null ? null : account.id();
        createdAt = account == null ? null : account.createdAt();
        updatedAt = account == null ? null : account.updatedAt();
        if (account != null) {
            platform.set(account.platform());
            handle.set(account.handle());
            profileUrl.set(Text.orEmpty(account.profileUrl()));
            followers.set(account.followers() == null ? "" : Long.toString(account.followers()));
            engagement.set(account.engagementRate() == null ? "" : LocalNumbers.plain(account.engagementRate(),
                    Messages.formatLocale()));
            checkedOn.set(account.checkedOn());
        }
        // A paste arrives as one change of many characters; typing is recognised when the field is left.
        handle.addListener((obs, old, text) -> {
            if (text != null && Math.abs(text.length() - (old == null ? 0 : old.length())) > 1) {
                recognise(text);
            }
        });
        platform.addListener((obs, old, p) -> deriveUrl());
        deriveUrl();
        validate();
        List.<Observable>of(platform, handle, profileUrl, followers, engagement).forEach(p -> p.addListener(this::changed));
    }

    /** A blank account row. */
    static AccountFormViewModel blank() {
        return new AccountFormViewModel(null);
    }

    /** A row showing a stored account. */
    static AccountFormViewModel of(SocialAccount account) {
        return new AccountFormViewModel(account);
    }

    /** Recognises a profile link the user finished typing (the field lost focus, or the form is saved). */
    public void commitHandle() {
        recognise(handle.get());
    }

    /** A profile link fills platform and handle; a typed "@name" loses its "@". */
    private void recognise(String text) {
        if (recognising || text == null) {
            return;
        }
        recognising = true;
        try {
            Optional<SocialHandles.Profile> profile = SocialHandles.parseProfileUrl(text);
            if (profile.isPresent()) {
                SocialHandles.Profile p = profile.get();
                boolean keepChosenNonCanonical = p.platform() == Platform.BLOG
                        && !platform.get().hasCanonicalProfileUrl();
                platform.set(keepChosenNonCanonical ? platform.get() : p.platform());
                handle.set(p.handle());
                profileUrl.set(p.url());
            } else if (text.startsWith("@")) {
                handle.set(SocialHandles.normalize(text));
            }
        } finally {
            recognising = false;
        }
        deriveUrl();
    }

    private void deriveUrl() {
        Platform p = platform.get();
        urlEditable.set(!p.hasCanonicalProfileUrl());
        if (p.hasCanonicalProfileUrl()) {
            profileUrl.set(p.profileUrl(SocialHandles.normalize(handle.get())).orElse(""));
        }
    }

    private void changed(Observable observable) {
        validate();
    }

    private void validate() {
        SocialAccount candidate = SocialAccount.of(platform.get(), handle.get());
        handleError.set(InfluencerRules.checkHandle(candidate).orElse(""));
        urlError.set(InfluencerRules.checkUrl(profileUrl.get()).orElse(""));
        followersError.set(InfluencerRules.checkFollowers(followers.get(), Messages.formatLocale()).orElse(""));
        engagementError.set(InfluencerRules.checkEngagement(engagement.get()).orElse(""));
    }

    /** Whether every field of the row holds an acceptable value. */
    boolean isValid() {
        return handleError.get().isEmpty() && urlError.get().isEmpty() && followersError.get().isEmpty()
                && engagementError.get().isEmpty();
    }

    /** The account as typed; call only when valid. */
    SocialAccount toAccount() {
        return new SocialAccount(id, platform.get(), handle.get(), profileUrl.get(),
                FollowerCounts.parse(followers.get(), Messages.formatLocale()).orElse(null),
                EngagementRates.parse(engagement.get()).orElse(null),
                checkedOn.get(), createdAt, updatedAt);
    }

    /** Everything the user can change, for dirty tracking. */
    List<Object> snapshot() {
        return Arrays.asList(platform.get(), handle.get(), profileUrl.get(), followers.get(),
                engagement.get(), checkedOn.get());
    }

    /** Observables whose change may change the form's state. */
    List<Observable> observables() {
        return List.<Observable>of(platform, handle, profileUrl, followers, engagement, checkedOn);
    }

    public ObjectProperty<Platform> platformProperty() {
        return platform;
    }

    public StringProperty handleProperty() {
        return handle;
    }

    public StringProperty profileUrlProperty() {
        return profileUrl;
    }

    public StringProperty followersProperty() {
        return followers;
    }

    public StringProperty engagementProperty() {
        return engagement;
    }

    public ObjectProperty<LocalDate> checkedOnProperty() {
        return checkedOn;
    }

    public ReadOnlyBooleanProperty urlEditableProperty() {
        return urlEditable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty handleErrorProperty() {
        return handleError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty urlErrorProperty() {
        return urlError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty followersErrorProperty() {
        return followersError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty engagementErrorProperty() {
        return engagementError.getReadOnlyProperty();
    }
}
