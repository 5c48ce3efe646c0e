package dev.hostledger.account.asof;

import dev.hostledger.account.api.AccountOpened;
import dev.hostledger.account.api.CompensationCredited;
import dev.hostledger.account.api.FundsAdded;
import dev.hostledger.account.api.FundsApplied;
import dev.hostledger.account.api.OverpaymentCredited;
import dev.hostledger.contracts.Money;
import dev.hostledger.kit.ops.asof.AsOfFold;

import java.time.Instant;

/**
 * A customer account as it stood at a past business instant: contact details and funds balance. The balance is
 * taken from each funds event's {@code balanceAfter} (the aggregate's own decision), never recomputed here.
 */
public record AccountAsOf(String accountId, String name, String email, String timeZone, String currency,
                          Instant openedAt, Money balance, int fundsMovements, Instant lastChangeAt) {

    static final AsOfFold<AccountAsOf> FOLD = AsOfFold.<AccountAsOf>builder()
            .on(AccountOpened.class, AccountOpened::openedAt, (state, e) -> new AccountAsOf(e.accountId(), e.name(),
                    e.email(), e.timeZone(), e.currency(), e.openedAt(), Money.zero(e.currency()), 0, e.openedAt()))
            .on(FundsAdded.class, FundsAdded::addedAt, (state, e) -> state.moved(e.balanceAfter(), e.addedAt()))
            .on(FundsApplied.class, FundsApplied::appliedAt,
                    (state, e) -> state.moved(e.balanceAfter(), e.appliedAt()))
            .on(OverpaymentCredited.class, OverpaymentCredited::creditedAt,
                    (state, e) -> state.moved(e.balanceAfter(), e.creditedAt()))
            .on(CompensationCredited.class, CompensationCredited::creditedAt,
                    (state, e) -> state.moved(e.balanceAfter(), e.creditedAt()))
            .build();

    private AccountAsOf moved(Money balanceAfter, Instant at) {
        return new AccountAsOf(accountId, name, email, timeZone, currency, openedAt, balanceAfter,
                fundsMovements + 1, at);
    }
}
