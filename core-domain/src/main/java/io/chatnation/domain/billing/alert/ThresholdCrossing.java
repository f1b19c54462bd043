package io.chatnation.domain.billing.alert;

import io.chatnation.domain.shared.TokenAmount;

/**
 * How one posting moved a wallet's available tokens relative to its low-balance threshold. A dip starts only when
 * a posting takes available from at or above the threshold to below it, and ends when one takes it back to at or
 * above: however many postings land while the wallet stays low, the dip is one, so it is announced once.
 */
public enum ThresholdCrossing {
    /** Was at or above the threshold, now below it: a new dip. */
    DIPPED,
    /** Was below the threshold, now at or above it: the dip is over. */
    RECOVERED,
    /** Stayed on the same side, or the wallet has no threshold. */
    NONE;

    public static ThresholdCrossing of(TokenAmount availableBefore, TokenAmount availableAfter, TokenAmount threshold) {
        if (!threshold.isPositive()) {
            return NONE;
        }
        boolean wasLow = availableBefore.isLessThan(threshold);
        boolean isLow = availableAfter.isLessThan(threshold);
        if (!wasLow && isLow) {
            return DIPPED;
        }
        if (wasLow && !isLow) {
            return RECOVERED;
        }
        return NONE;
    }
}
