package app.rapport.ui.common;

import java.util.List;

/** The currencies offered first in pickers; any ISO 4217 code can be typed. */
public final class Currencies {

    public static final List<String> COMMON = List.of("EUR", "USD", "GBP", "CHF", "SEK", "NOK", "DKK", "PLN",
            "CAD", "AUD", "JPY", "KRW", "BRL", "MXN", "TRY", "ILS", "INR", "BHD");

    private Currencies() {
    }
}
