package app.rapport.domain;

import app.rapport.domain.text.DomainTexts;
import java.time.LocalDate;

/**
 * One instalment as the Payments screen lists it: with its deal, its creator and where it stands.
 *
 * @param due the day it falls due, {@code null} while its rule's stage is not reached
 */
public record Payment(Deal deal, Instalment instalment, String contactName, LocalDate due, State state) {

    /** Where a payment stands on a given day. */
    public enum State {
        OVERDUE("Overdue"), DUE_SOON("Due in 30 days"), LATER("Later"), PAID("Paid");

        private final String englishWord;

        State(String englishWord) {
            this.englishWord = englishWord;
        }

        /** Where the payment stands, in the user's language. */
        public String label() {
            return DomainTexts.text("payment.state." + name());
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

    /** How many days ahead count as "due soon". */
    public static final int SOON_DAYS = 30;

    /** Classifies an instalment of a deal on {@code today}. */
    public static Payment of(Deal deal, Instalment instalment, String contactName, LocalDate today) {
        LocalDate due = instalment.dueDate(deal.stageReached()).orElse(null);
        State state;
        if (instalment.isPaid()) {
            state = State.PAID;
        } else if (due != null && due.isBefore(today)) {
            state = State.OVERDUE;
        } else if (due != null && !due.isAfter(today.plusDays(SOON_DAYS))) {
            state = State.DUE_SOON;
        } else {
            state = State.LATER;
        }
        return new Payment(deal, instalment, contactName, due, state);
    }
}
