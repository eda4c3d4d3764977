package app.rapport.exchange;

import app.rapport.domain.Payment;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Payments as RFC 4180 CSV: one row per instalment, amounts as plain numbers with their currency code. */
public final class PaymentsCsv {

    private static final String[] HEADER = {"Due", "Status", "Contact", "Deal", "Amount", "Currency", "Method",
        "Invoice", "Paid on"};

    private PaymentsCsv() {
    }

    public static void write(List<Payment> payments, Writer out) throws IOException {
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (Payment p : payments) {
                csv.printRecord(
                        p.due() == null ? "" : p.due().toString(),
                        p.state().toString(),
                        p.contactName(),
                        p.deal().title(),
                        p.instalment().amount().amount().toPlainString(),
                        p.instalment().amount().currency().getCurrencyCode(),
                        p.instalment().method() == null ? "" : p.instalment().method(),
                        p.instalment().invoiceRef() == null ? "" : p.instalment().invoiceRef(),
                        p.instalment().paidOn() == null ? "" : p.instalment().paidOn().toString());
            }
        }
    }
}
