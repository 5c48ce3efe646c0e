package dev.hostledger.e2e;

import java.time.Duration;
import java.time.Instant;

import static org.awaitility.Awaitility.await;

/** Operator calls on billing-service, as a support agent's tool makes them. */
final class Billing {

    private Billing() {
    }

    /**
     * Issues an invoice of one line; retries while billing has not heard of the account yet (it learns of it from
     * the account topic, a moment after sign-up), and returns once the invoice can be read.
     */
    static Http.Response issueInvoice(HostledgerSystem system, String invoiceId, String accountId, String amount,
                                      String currency, Instant dueAt) {
        String body = """
                {"invoiceId": "%s", "accountId": "%s", "dueAt": "%s", "reason": "test invoice",
                 "lines": [{"description": "Virtual server VS-2", "amount": {"amount": "%s", "currency": "%s"}}]}
                """.formatted(invoiceId, accountId, dueAt, amount, currency);
        Http.Response issued = await().atMost(Duration.ofSeconds(20)).until(
                () -> Http.postJsonAs(system.billing.baseUrl() + "/ops/invoices", body,
                        HostledgerSystem.OPERATOR, HostledgerSystem.OPERATOR_PASSWORD),
                response -> response.status() != 404);
        if (issued.status() == 201) {
            // the read side follows the command side a moment later
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> Http.get(system.billing.baseUrl() + "/invoices/" + invoiceId).status() == 200);
        }
        return issued;
    }
}
