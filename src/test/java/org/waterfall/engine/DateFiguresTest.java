package org.waterfall.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.waterfall.deal.CouponKind;
import org.waterfall.deal.Deal;
import org.waterfall.deal.ResolvedDeal;
import org.waterfall.deal.TrusteeConventions;
import org.waterfall.engine.WaterfallEngineProperties.Case;

/**
 * A date's figures read by index, and the printed-rate and ending-factor rules over figures a caller kept after the
 * engine moved on to another date (what a projection's kept cash flows derive their figures from).
 */
class DateFiguresTest {

    /** The case's deal with its factors taken from the amounts before rounding (the random deals' are rounded). */
    private static Case onUnroundedAmounts(Case k) {
        Deal d = k.deal().deal();
        TrusteeConventions c = d.conventions();
        TrusteeConventions unrounded = new TrusteeConventions(c.interest(), c.principal(), c.seniorRemainder(), c.subordinateRemainder(),
                c.shortfallRemainder(), c.factor(), c.rate(), c.couponRate(), TrusteeConventions.DerivedFigureBasis.UNROUNDED_AMOUNTS,
                c.balancesBelowCent(), c.workingPrecision());
        Deal copy = new Deal(d.id(), d.name(), d.series(), d.calendar(), d.groups(), d.classes(), d.shiftingInterest(), d.losses(), unrounded);
        return new Case(copy.resolve(), k.collateral(), k.beginning(), k.classes());
    }

    /** What a caller keeps of one date: every class's amounts and the ingredients of its derived figures. */
    private record Kept(int dateNumber, BigDecimal[] begin, BigDecimal[] coupon, BigDecimal[] accrued, BigDecimal[] principalUnrounded,
            BigDecimal[] loss, BigDecimal[] writeDown, BigDecimal[] ending) {

        static Kept of(ResolvedDeal deal, DateFigures f) {
            int n = deal.classCount();
            Kept k = new Kept(f.dateNumber(), new BigDecimal[n], new BigDecimal[n], new BigDecimal[n], new BigDecimal[n], new BigDecimal[n],
                    new BigDecimal[n], new BigDecimal[n]);
            for (int c = 0; c < n; c++) {
                k.begin[c] = f.beginningBalance(c);
                k.coupon[c] = deal.couponKind(c) == CouponKind.WAC_EXCESS_STRIP ? null : f.rate(c);
                k.accrued[c] = f.accrued(c);
                k.principalUnrounded[c] = f.principalUnrounded(c);
                k.loss[c] = f.loss(c);
                k.writeDown[c] = f.writeDown(c);
                k.ending[c] = f.endingBalance(c);
            }
            return k;
        }
    }

    /**
     * Figures kept from a date run in a workspace give, after the workspace has run another date, the printed rates and
     * ending factors of the statement's full results for the date (a WAC strip's rate from its accrued interest alone).
     */
    @Property(tries = 300)
    void theRulesOverKeptFiguresGiveTheFullResultsRatesAndFactors(@ForAll long seed) {
        Case random = Case.random(seed, (seed & 1) == 0);
        Case k = (seed & 2) == 0 ? random : onUnroundedAmounts(random);
        PeriodResult all = WaterfallEngine.run(k.deal(), k.collateral(), k.beginning());
        WaterfallEngine.Workspace workspace = new WaterfallEngine.Workspace(k.deal());
        Kept kept = Kept.of(k.deal(), WaterfallEngine.run(workspace, k.collateral(), k.beginning(), null, Detail.ENDING_FACTORS));
        BigDecimal[] tenth = new BigDecimal[k.beginning().length];
        for (int c = 0; c < tenth.length; c++) {
            tenth[c] = k.beginning()[c].movePointLeft(1).setScale(2, RoundingMode.DOWN);
        }
        WaterfallEngine.run(workspace, k.collateral(), tenth, null, Detail.ENDING_FACTORS); // the workspace moves on
        assertEquals(all.dateNumber(), kept.dateNumber());
        for (int c = 0; c < k.deal().classCount(); c++) {
            ClassResult r = all.classes().get(c);
            assertEquals(r.printedRate(), DateFigures.printedRate(k.deal(), c, kept.coupon[c], kept.accrued[c], kept.begin[c]), r.name());
            assertEquals(r.endingFactor(), DateFigures.endingFactor(k.deal(), kept.dateNumber(), c, kept.begin, kept.principalUnrounded,
                    kept.loss, kept.writeDown, kept.ending), r.name());
            assertEquals(r.principalUnrounded(), kept.principalUnrounded[c], r.name());
            assertEquals(r.accruedInterest(), kept.accrued[c], r.name());
        }
    }

    /** A date run for its amounts alone has no unrounded principal to give, nor an ending factor to derive from it. */
    @Property(tries = 100)
    void aDateRunForItsAmountsAloneRefusesTheUnroundedPrincipal(@ForAll long seed) {
        Case k = onUnroundedAmounts(Case.random(seed, false));
        DateFigures amounts = WaterfallEngine.run(k.deal(), k.collateral(), k.beginning(), null, Detail.AMOUNTS);
        int c = 0; // the first class is a senior with a balance in every case
        assertTrue(amounts.beginningBalance(c).signum() > 0);
        assertThrows(IllegalStateException.class, () -> amounts.principalUnrounded(c));
        assertThrows(IllegalStateException.class, () -> amounts.endingFactor(c));
        int n = k.deal().classCount();
        BigDecimal[] begin = new BigDecimal[n];
        BigDecimal[] loss = new BigDecimal[n];
        BigDecimal[] writeDown = new BigDecimal[n];
        BigDecimal[] ending = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            begin[i] = amounts.beginningBalance(i);
            loss[i] = amounts.loss(i);
            writeDown[i] = amounts.writeDown(i);
            ending[i] = amounts.endingBalance(i);
        }
        assertThrows(IllegalStateException.class,
                () -> DateFigures.endingFactor(k.deal(), amounts.dateNumber(), c, begin, null, loss, writeDown, ending));
    }
}
