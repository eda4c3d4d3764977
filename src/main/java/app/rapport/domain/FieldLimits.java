package app.rapport.domain;

import app.rapport.domain.text.DomainTexts;
import java.util.Optional;

/**
 * The longest text each field keeps, the same as the column sizes in the schema's migrations, so the form, the
 * service and the database refuse the same thing.
 */
public final class FieldLimits {

    public static final int NAME = 200;
    public static final int EMAIL = 320;
    public static final int PHONE = 64;
    public static final int CITY = 200;
    public static final int LANGUAGES = 500;
    public static final int TAG = 100;
    public static final int HANDLE = 200;
    public static final int URL = 2000;
    /** Notes on the audience, red flags, brand-fit notes, interaction details, deal notes, a campaign brief. */
    public static final int LONG_TEXT = 10_000;
    /** An interaction summary, a follow-up reason, a gift, a message subject. */
    public static final int SHORT_TEXT = 500;
    public static final int TEMPLATE_BODY = 20_000;
    /** A carrier, tracking number, affiliate code, payment method or invoice reference. */
    public static final int CODE = 100;
    /** A postal address, other compensation, campaign niches. */
    public static final int ADDRESS = 1000;

    private FieldLimits() {
    }

    /**
     * "Keep the notes on the audience under 10,000 characters." when the text is longer than {@code max};
     * {@code field} names the sentence ({@code limit.tooLong.audience}) in the user's language.
     */
    public static Optional<String> tooLong(String field, String text, int max) {
        if (text == null || text.length() <= max) {
            return Optional.empty();
        }
        return Optional.of(DomainTexts.text("limit.tooLong." + field, max));
    }
}
