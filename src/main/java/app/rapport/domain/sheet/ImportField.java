package app.rapport.domain.sheet;

import app.rapport.domain.Platform;
import app.rapport.domain.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A field an imported column can fill: a contact's own ({@code name}, {@code email}, …) or one of a platform
 * account ({@code instagram.handle}). The names are the export's column ids, so an exported CSV maps itself.
 */
public record ImportField(String id, Platform platform, String part) {

    /** The contact's own fields, in the order the wizard lists them. */
    public static final List<String> CONTACT_FIELDS = List.of("name", "real_name", "email", "phone", "city",
            "country", "languages", "tags", "notes", "website", "fit", "red_flags", "fit_note", "status");
    /** The fields several columns may fill together: their values are joined, never one kept over another. */
    public static final List<String> JOINED_FIELDS = List.of("real_name", "languages", "tags", "notes");
    /** The parts of a platform account. */
    public static final List<String> ACCOUNT_PARTS = List.of("handle", "followers", "engagement", "url");

    /** Every field, by name. */
    public static List<ImportField> all() {
        List<ImportField> fields = new ArrayList<>();
        CONTACT_FIELDS.forEach(f -> fields.add(new ImportField(f, null, null)));
        for (Platform p : Platform.values()) {
            for (String part : ACCOUNT_PARTS) {
                fields.add(new ImportField(p.name().toLowerCase(Locale.ROOT) + "." + part, p, part));
            }
        }
        return fields;
    }

    /**
     * The field a name stands for: "email", "instagram.followers", or a bare account part ("followers") when
     * the file is about one {@code platform}.
     */
    public static Optional<ImportField> named(String name, Platform platform) {
        String n = Text.fold(name).strip();
        if (CONTACT_FIELDS.contains(n)) {
            return Optional.of(new ImportField(n, null, null));
        }
        if (n.equals("audience")) {
            return Optional.of(new ImportField("notes", null, null));
        }
        int dot = n.indexOf('.');
        if (dot > 0 && ACCOUNT_PARTS.contains(n.substring(dot + 1))) {
            return Platform.fromName(n.substring(0, dot)).map(p -> account(p, n.substring(dot + 1)));
        }
        if (platform != null && ACCOUNT_PARTS.contains(n)) {
            return Optional.of(account(platform, n));
        }
        return Optional.empty();
    }

    public static ImportField account(Platform platform, String part) {
        return new ImportField(platform.name().toLowerCase(Locale.ROOT) + "." + part, platform, part);
    }

    public boolean isAccount() {
        return platform != null;
    }

    /** Whether several columns may fill this field together (tags from "Niche 1" and "Niche 2"). */
    public boolean isJoined() {
        return JOINED_FIELDS.contains(id);
    }

    @Override
    public String toString() {
        return id;
    }
}
