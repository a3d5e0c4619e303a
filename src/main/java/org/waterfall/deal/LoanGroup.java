package org.waterfall.deal;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A loan group of the collateral.
 *
 * @param id the group's id as the statement numbers it ({@code 1}..{@code 4})
 * @param servicingFeeRate master servicing fee, percent per annum of the group's beginning balance
 * @param subServicingFeeRate sub-servicer fee, percent per annum (0 when none)
 * @param trusteeFeeRate trustee fee, percent per annum (0 when none)
 * @param originalTermMonths original term of the loans, months (for projections)
 */
public record LoanGroup(
        String id,
        BigDecimal servicingFeeRate,
        BigDecimal subServicingFeeRate,
        BigDecimal trusteeFeeRate,
        int originalTermMonths) {

    public LoanGroup {
        Objects.requireNonNull(id, "id");
        requireRate("servicingFeeRate", servicingFeeRate);
        requireRate("subServicingFeeRate", subServicingFeeRate);
        requireRate("trusteeFeeRate", trusteeFeeRate);
        if (originalTermMonths <= 0) {
            throw new DealValidationException("originalTermMonths", "must be positive: " + originalTermMonths);
        }
    }

    /** All fees together, percent per annum: what separates the gross WAC from the net WAC. */
    public BigDecimal totalFeeRate() {
        return servicingFeeRate.add(subServicingFeeRate).add(trusteeFeeRate);
    }

    private static void requireRate(String field, BigDecimal rate) {
        if (rate == null) {
            throw new DealValidationException(field, "is required");
        }
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(100)) >= 0) {
            throw new DealValidationException(field, "must be a percentage in [0, 100): " + rate.toPlainString());
        }
    }
}
