package dev.hostledger.contracts.account;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * How long one paid period of a service lasts, in calendar months counted in UTC.
 *
 * <p>The rule for month ends and leap years: renewal dates are counted from the <em>anchor</em> (the delivery
 * instant), never from the previous renewal, and a day that does not exist in the target month becomes that month's
 * last day, at the same time of day. So a delivery on 31 January renews on 28 (or 29) February, then on 31 March,
 * 30 April, 31 May...; a delivery on 29 February renews yearly on 28 February and again on 29 February in the next
 * leap year. Counting from the anchor keeps the date from drifting to the 28th for good.
 */
public enum Term {
    MONTHLY(1),
    QUARTERLY(3),
    ANNUAL(12);

    private final int months;

    Term(int months) {
        this.months = months;
    }

    /** The end of the {@code terms}-th period after the anchor. */
    public Instant after(Instant anchor, int terms) {
        return anchor.atZone(ZoneOffset.UTC).plusMonths((long) months * terms).toInstant();
    }

    /** The first renewal date counted from the anchor that lies after {@code current}. */
    public Instant nextAfter(Instant anchor, Instant current) {
        int terms = 1;
        Instant next = after(anchor, terms);
        while (!next.isAfter(current)) {
            next = after(anchor, ++terms);
        }
        return next;
    }
}
