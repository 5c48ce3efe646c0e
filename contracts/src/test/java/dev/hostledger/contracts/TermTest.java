package dev.hostledger.contracts;

import dev.hostledger.contracts.account.Term;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class TermTest {

    @Test
    void theThirtyFirstOfJanuaryRenewsOnTheLastDayOfFebruaryAndBackOnTheThirtyFirst() {
        Instant delivered = Instant.parse("2027-01-31T15:30:00Z");

        assertThat(Term.MONTHLY.after(delivered, 1)).isEqualTo(Instant.parse("2027-02-28T15:30:00Z"));
        assertThat(Term.MONTHLY.after(delivered, 2)).isEqualTo(Instant.parse("2027-03-31T15:30:00Z"));
        assertThat(Term.MONTHLY.after(delivered, 3)).isEqualTo(Instant.parse("2027-04-30T15:30:00Z"));
        assertThat(Term.MONTHLY.nextAfter(delivered, Instant.parse("2027-02-28T15:30:00Z")))
                .isEqualTo(Instant.parse("2027-03-31T15:30:00Z"));
    }

    @Test
    void inALeapYearFebruaryHasItsTwentyNinth() {
        assertThat(Term.MONTHLY.after(Instant.parse("2028-01-31T00:00:00Z"), 1))
                .isEqualTo(Instant.parse("2028-02-29T00:00:00Z"));
    }

    @Test
    void theTwentyNinthOfFebruaryRenewsYearlyOnTheTwentyEighthUntilTheNextLeapYear() {
        Instant delivered = Instant.parse("2028-02-29T09:00:00Z");

        assertThat(Term.ANNUAL.after(delivered, 1)).isEqualTo(Instant.parse("2029-02-28T09:00:00Z"));
        assertThat(Term.ANNUAL.after(delivered, 4)).isEqualTo(Instant.parse("2032-02-29T09:00:00Z"));
    }

    @Test
    void quarterlyAddsThreeMonths() {
        assertThat(Term.QUARTERLY.after(Instant.parse("2026-11-30T12:00:00Z"), 1))
                .isEqualTo(Instant.parse("2027-02-28T12:00:00Z"));
    }
}
