package app.rapport.domain.sheet;

import java.util.Locale;
import java.util.Set;

/** The paper sizes people print a contact sheet on. */
public enum Paper {
    A4, LETTER;

    /** Letter in the countries that use it, A4 everywhere else. */
    public static Paper forLocale(Locale locale) {
        return Set.of("US", "CA", "MX", "PH", "CL", "CO", "VE").contains(locale.getCountry()) ? LETTER : A4;
    }
}
