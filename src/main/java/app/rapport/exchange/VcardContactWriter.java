package app.rapport.exchange;

import app.rapport.domain.Countries;
import app.rapport.domain.Influencer;
import app.rapport.domain.SocialAccount;
import app.rapport.domain.sheet.ExportProgress;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.parameter.EmailType;
import ezvcard.property.Address;
import ezvcard.property.RawProperty;
import ezvcard.property.Url;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Contacts as vCard 4.0, all in one file, for a phone's or mail program's address book. */
public final class VcardContactWriter {

    private VcardContactWriter() {
    }

    public static void write(List<Influencer> contacts, Writer out, ExportProgress progress) throws IOException {
        List<VCard> cards = new ArrayList<>(contacts.size());
        int done = 0;
        for (Influencer contact : contacts) {
            cards.add(card(contact));
            progress.row(++done, contacts.size());
        }
        Ezvcard.write(cards).version(VCardVersion.V4_0).prodId(false).go(out);
    }

    /** One contact as a vCard: names, email, phone, city and country, each social profile, notes. */
    static VCard card(Influencer c) {
        VCard card = new VCard();
        card.setFormattedName(c.displayName());
        if (c.realName() != null) {
            card.addExtendedProperty("X-RAPPORT-REAL-NAME", c.realName());
            String[] parts = c.realName().split("\\s+", 2);
            ezvcard.property.StructuredName name = new ezvcard.property.StructuredName();
            name.setGiven(parts[0]);
            if (parts.length > 1) {
                name.setFamily(parts[1]);
            }
            card.setStructuredName(name);
        }
        card.setNickname(c.displayName());
        if (c.email() != null) {
            card.addEmail(c.email(), EmailType.WORK);
        }
        if (c.phone() != null) {
            card.addTelephoneNumber(c.phone());
        }
        if (c.city() != null || c.country() != null) {
            Address address = new Address();
            address.setLocality(c.city());
            if (c.country() != null) {
                address.setCountry(Countries.displayName(c.country(), Locale.ENGLISH));
            }
            card.addAddress(address);
        }
        for (SocialAccount account : c.accounts()) {
            String platform = account.platform().englishName();
            if (account.profileUrl() != null) {
                Url url = new Url(account.profileUrl());
                url.setType(platform);
                card.addUrl(url);
            }
            if (!account.hasHandle() && account.profileUrl() == null) {
                continue;
            }
            RawProperty social = card.addExtendedProperty("X-SOCIALPROFILE", account.profileUrl() != null
                    ? account.profileUrl() : account.handle());
            social.setParameter("TYPE", account.platform().name().toLowerCase(Locale.ROOT));
            social.setParameter("X-USER", account.handle());
        }
        if (!c.tags().isEmpty()) {
            card.setCategories(c.tags().toArray(String[]::new));
        }
        if (c.audienceNotes() != null) {
            card.addNote(c.audienceNotes());
        }
        return card;
    }
}
