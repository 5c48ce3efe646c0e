package dev.hostledger.account.incident;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CompensationUploadTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aGoodCsvBecomesLines() {
        CompensationUpload.Parsed parsed = CompensationUpload.parse("""
                accountId,amount,currency,reason
                acc-1,15.00,EUR,outage of 24 November
                acc-2,7.5,EUR,outage, and a slow restore""", true, json);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.lines()).extracting(CompensationUpload.Line::number).containsExactly(2, 3);
        assertThat(parsed.lines().get(1).reason()).isEqualTo("outage, and a slow restore");
    }

    @Test
    void everyBadLineIsNamedByItsNumber() {
        CompensationUpload.Parsed parsed = CompensationUpload.parse("""
                acc-1,15.00,EUR,fine
                acc-2,fifteen,EUR,bad amount
                acc-3,-1,EUR,negative
                acc-4,3.00
                acc-1,2.00,EUR,twice""", true, json);

        assertThat(parsed.problems()).extracting(CompensationUpload.Problem::line).containsExactly(2, 3, 4, 5);
        assertThat(parsed.problems().get(0).message()).isEqualTo("amount 'fifteen' is not a decimal number");
        assertThat(parsed.problems().get(3).message()).contains("already on line 1");
    }

    @Test
    void jsonUploadsAreReadToo() {
        CompensationUpload.Parsed parsed = CompensationUpload.parse("""
                [{"accountId": "acc-1", "amount": {"amount": "15.00", "currency": "EUR"}, "reason": "outage"},
                 {"accountId": "acc-2", "amount": {"amount": "5.00", "currency": "eur"}, "reason": "outage"}]""",
                false, json);

        assertThat(parsed.lines()).hasSize(1);
        assertThat(parsed.problems()).extracting(CompensationUpload.Problem::line).containsExactly(2);
    }
}
