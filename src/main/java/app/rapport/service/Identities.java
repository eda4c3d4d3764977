package app.rapport.service;

import app.rapport.domain.Influencer;
import app.rapport.domain.SocialAccount;
import app.rapport.domain.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Who holds each handle and email, read once and kept up to date as an import adds and changes contacts, so
 * matching a row is a map lookup instead of a few queries. A contact matches by its handles first, then by email.
 */
final class Identities {

    /** The owner of keys whose contact is waiting to be written in the next batch. */
    static final long PENDING = -1;

    private final Map<String, Long> owners;

    /** @param owners "PLATFORM:handle key" and "email:address" to contact id, as the repository reads them */
    Identities(Map<String, Long> owners) {
        this.owners = new HashMap<>(owners);
    }

    /**
     * The keys a contact is recognised by: its handles, then its email; with neither, its name (which only the
     * rows of one file are matched by: "48 channels listed twice" with names alone).
     */
    static List<String> keys(Influencer c) {
        List<String> keys = new ArrayList<>();
        c.accounts().stream().filter(SocialAccount::hasHandle).forEach(a -> keys.add(key(a)));
        if (c.email() != null) {
            keys.add("email:" + c.email().toLowerCase(Locale.ROOT));
        }
        if (keys.isEmpty() && c.displayName() != null) {
            keys.add("name:" + Text.fold(c.displayName()).strip());
        }
        return keys;
    }

    /** The id of the contact this one repeats, {@link #PENDING} if that one is not written yet, else null. */
    Long owner(Influencer c) {
        for (String key : keys(c)) {
            Long owner = owners.get(key);
            if (owner != null) {
                return owner;
            }
        }
        return null;
    }

    /** Whether someone already holds this handle. */
    boolean holds(SocialAccount account) {
        return account.hasHandle() && owners.containsKey(key(account));
    }

    /** Records the contact's handles as its own and its email, unless an earlier contact has that email. */
    void add(Influencer c, long id) {
        c.accounts().stream().filter(SocialAccount::hasHandle).forEach(a -> owners.put(key(a), id));
        if (c.accounts().stream().noneMatch(SocialAccount::hasHandle) && c.email() == null
                && c.displayName() != null) {
            owners.putIfAbsent("name:" + Text.fold(c.displayName()).strip(), id);
            owners.computeIfPresent("name:" + Text.fold(c.displayName()).strip(), (k, v) -> v == PENDING ? id : v);
        }
        if (c.email() != null) {
            String email = "email:" + c.email().toLowerCase(Locale.ROOT);
            Long before = owners.get(email);
            if (before == null || before == PENDING) {
                owners.put(email, id);
            }
        }
    }

    private static String key(SocialAccount a) {
        return a.platform().name() + ":" + a.handleKey();
    }
}
