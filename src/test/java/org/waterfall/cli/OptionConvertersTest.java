package org.waterfall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.waterfall.projection.ScenarioText;
import org.waterfall.projection.Speed;
import picocli.CommandLine.TypeConversionException;

class OptionConvertersTest {

    private static String refusal(Runnable convert) {
        return assertThrows(TypeConversionException.class, convert::run).getMessage();
    }

    @Test
    void speedsAreCheckedAsTheyAreRead() {
        assertEquals(Speed.of(Speed.Kind.CPR, 10), new OptionConverters.Cpr().convert("10"));
        assertEquals(new Speed(Speed.Kind.CDR, new double[] {1, 2, 3}), new OptionConverters.CdrVector().convert("1,2,3"));
        assertEquals("CPR must not be negative: -5", refusal(() -> new OptionConverters.Cpr().convert("-5")));
        assertEquals("'abc' is not a number", refusal(() -> new OptionConverters.Psa().convert("abc")));
        assertEquals("'x' is not a number", refusal(() -> new OptionConverters.CprVector().convert("5,x")));
    }

    @Test
    void assumptionsAreCheckedByTheirOwnConstructors() {
        assertEquals("severity must be a percentage in [0, 100]: 101", refusal(() -> new OptionConverters.Severity().convert("101")));
        assertEquals("recovery lag must be 0..120 months: 121", refusal(() -> new OptionConverters.Lag().convert("121")));
        assertEquals("'1.5' is not a whole number", refusal(() -> new OptionConverters.Lag().convert("1.5")));
        assertEquals("clean-up call must be a percentage in (0, 100]: 0", refusal(() -> new OptionConverters.Call().convert("0")));
        assertEquals(0, new BigDecimal("5").compareTo(new OptionConverters.Delinquency().convert("5")));
    }

    @Test
    void groupValuesSplitAtTheEqualsSign() {
        ScenarioText.GroupEntry<Speed> e = new OptionConverters.GroupCpr().convert("3=40");
        assertEquals("3", e.group());
        assertEquals(Speed.of(Speed.Kind.CPR, 40), e.value());
        assertEquals("expected GROUP=VALUE, got '40'", refusal(() -> new OptionConverters.GroupPsa().convert("40")));
        assertEquals(org.waterfall.projection.RateAssumption.parseWacPath("1=6.5,6.4").path(),
                new OptionConverters.GroupWacPath().convert("1=6.5,6.4").path());
        assertEquals("2", new OptionConverters.GroupArm().convert("2=index:1,margin:2,first:1,every:12,cap:2,life:9").group());
        assertEquals("group 2: every: missing required key 'every'", refusal(() -> new OptionConverters.GroupArm().convert("2=index:1,margin:2,first:1,cap:2,life:9")));
    }

    @Test
    void aDateThatIsNotADateIsSaidSoWithoutJavaText() {
        assertEquals(java.time.LocalDate.of(2004, 2, 10), new OptionConverters.Date().convert("2004-02-10"));
        assertEquals("'2004-13-01' is not a date (yyyy-mm-dd)", refusal(() -> new OptionConverters.Date().convert("2004-13-01")));
    }

    @Test
    void pricesAreDecimalsOr32nds() {
        assertEquals(0, new BigDecimal("101.515625").compareTo(new OptionConverters.Price().convert("101-16+")));
        assertEquals("a price must be positive: 0", refusal(() -> new OptionConverters.Price().convert("0")));
    }
}
