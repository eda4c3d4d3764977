package app.rapport.service;

import app.rapport.domain.Influencer;
import app.rapport.domain.OutreachStatus;
import app.rapport.domain.Platform;
import app.rapport.domain.SocialAccount;
import app.rapport.domain.Text;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which contacts to take: words in the name or a handle, a status, a tag, a platform, a campaign's people.
 * Any part left {@code null} matches everyone.
 *
 * @param campaignContacts the ids of a campaign's shortlist and deals, {@code null} for no campaign filter
 */
public record ContactFilter(String text, OutreachStatus status, String tag, Platform platform,
        Set<Long> campaignContacts) implements Predicate<Influencer> {

    public static final ContactFilter EVERYONE = new ContactFilter(null, null, null, null, null);

    @Override
    public boolean test(Influencer c) {
        String wanted = Text.fold(text).strip();
        return (wanted.isEmpty() || Text.fold(c.displayName()).contains(wanted)
                        || Text.fold(c.realName()).contains(wanted)
                        || c.accounts().stream().map(SocialAccount::handle).anyMatch(h -> Text.fold(h).contains(wanted)))
                && (status == null || c.outreach().status() == status)
                && (tag == null || c.tags().stream().anyMatch(tag::equalsIgnoreCase))
                && (platform == null || c.accounts().stream().anyMatch(a -> a.platform() == platform))
                && (campaignContacts == null || campaignContacts.contains(c.id()));
    }

    /** "status Partner, tag vegan" — what the filter keeps, for a sheet's header; "" for everyone. */
    public String describe() {
        StringBuilder s = new StringBuilder();
        if (Text.blankToNull(text) != null) {
            s.append("matching \"").append(text.strip()).append("\", ");
        }
        if (status != null) {
            s.append("status ").append(status.label()).append(", ");
        }
        if (tag != null) {
            s.append("tag ").append(tag).append(", ");
        }
        if (platform != null) {
            s.append("on ").append(platform.label()).append(", ");
        }
        return s.length() == 0 ? "" : s.substring(0, s.length() - 2);
    }
}
