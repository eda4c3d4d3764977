package app.rapport.domain;

import app.rapport.domain.text.DomainTexts;

/**
 * A gifted product and its shipping, stored with the deal (the address is where this parcel went).
 *
 * @param retailValue what the product would cost, {@code null} when unknown
 */
public record Gift(String description, Money retailValue, Shipping shipping, String carrier, String trackingNumber,
        String shippingAddress) {

    /** Where the parcel is. */
    public enum Shipping {
        TO_SHIP("To ship"), SHIPPED("Shipped"), DELIVERED("Delivered");

        private final String englishWord;

        Shipping(String englishWord) {
            this.englishWord = englishWord;
        }

        /** Where the parcel is, in the user's language. */
        public String label() {
            return DomainTexts.text("gift.shipping." + name());
        }

        /** The same in English whatever the window speaks, for files and the change log, which stay in English. */
        public String englishWord() {
            return englishWord;
        }

        @Override
        public String toString() {
            return label();
        }
    }

    public Gift {
        description = Text.blankToNull(description);
        shipping = shipping == null ? Shipping.TO_SHIP : shipping;
        carrier = Text.blankToNull(carrier);
        trackingNumber = Text.blankToNull(trackingNumber);
        shippingAddress = Text.blankToNull(shippingAddress);
        if (description == null) {
            throw new RuleViolation(DomainTexts.text("gift.descriptionMissing"));
        }
    }
}
