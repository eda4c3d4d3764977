package app.rapport.exchange;

import app.rapport.domain.Payment;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;

/** Payments as a table: one row per instalment, amounts as numbers with their currency code. */
public final class PaymentsCsv {

    static final List<String> HEADER = List.of("Due", "Status", "Contact", "Deal", "Amount", "Currency", "Method",
            "Invoice", "Paid on");

    private PaymentsCsv() {
    }

    public static void write(List<Payment> payments, Writer out) throws IOException {
        Sheets.writeCsv(HEADER, rows(payments), out);
    }

    public static void writeXlsx(List<Payment> payments, OutputStream out) throws IOException {
        Sheets.writeXlsx("Payments", HEADER, rows(payments), out);
    }

    private static List<List<Object>> rows(List<Payment> payments) {
        return payments.stream().map(p -> java.util.Arrays.<Object>asList(
                p.due(),
                p.state().toString(),
                p.contactName(),
                p.deal().title(),
                p.instalment().amount().amount(),
                p.instalment().amount().currency().getCurrencyCode(),
                p.instalment().method(),
                p.instalment().invoiceRef(),
                p.instalment().paidOn())).toList();
    }
}
