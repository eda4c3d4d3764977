package app.rapport.exchange;

import app.rapport.domain.Payment;
import app.rapport.domain.sheet.SheetFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Payments as a table: one row per instalment, amounts as numbers with their currency code. */
public final class PaymentsSheet {

    static final List<String> HEADER = List.of("Due", "Status", "Contact", "Deal", "Amount", "Currency", "Method",
            "Invoice", "Paid on");

    private PaymentsSheet() {
    }

    /** Writes the payments safely, in the format given; a failed write leaves no half file. */
    public static void write(List<Payment> payments, Path file, SheetFormat format) throws IOException {
        Sheets.write(file, format, "Payments", HEADER, rows(payments));
    }

    private static List<List<Object>> rows(List<Payment> payments) {
        return payments.stream().map(p -> Arrays.<Object>asList(
                p.due(),
                p.state().englishWord(),
                p.contactName(),
                p.deal().title(),
                p.instalment().amount().amount(),
                p.instalment().amount().currency().getCurrencyCode(),
                p.instalment().method(),
                p.instalment().invoiceRef(),
                p.instalment().paidOn())).toList();
    }
}
