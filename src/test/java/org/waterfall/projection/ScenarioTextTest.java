package org.waterfall.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioTextTest {

    private static String refusal(Runnable parse) {
        return assertThrows(IllegalArgumentException.class, parse::run).getMessage();
    }

    @Test
    void aNumberIsExactAndAnythingElseIsRefusedWithoutJavaText() {
        assertEquals(new BigDecimal("10.25"), ScenarioText.number(" 10.25 "));
        assertEquals("'abc' is not a number", refusal(() -> ScenarioText.number("abc")));
        assertEquals("a number is missing", refusal(() -> ScenarioText.number("")));
        assertEquals("'1.5' is not a whole number", refusal(() -> ScenarioText.wholeNumber("1.5")));
    }

    @Test
    void aVectorIsOneNumberPerMonthAndAnEmptySlotIsRefused() {
        assertEquals(List.of(new BigDecimal("5"), new BigDecimal("10")), ScenarioText.numbers("5,10", ','));
        assertEquals("a number is missing", refusal(() -> ScenarioText.numbers("5,,10", ',')));
        assertEquals("601 values; at most 600 (one per month)", refusal(() -> ScenarioText.numbers("1" + ",1".repeat(600), ',')));
    }

    @Test
    void aGroupEntrySplitsAtTheFirstEquals() {
        assertEquals(new ScenarioText.GroupEntry<>("3", "index:1=2"), ScenarioText.groupEntry("3=index:1=2"));
        assertEquals("expected GROUP=VALUE, got '=5'", refusal(() -> ScenarioText.groupEntry("=5")));
        assertEquals("expected GROUP=VALUE, got '3='", refusal(() -> ScenarioText.groupEntry("3=")));
    }

    @Test
    void aSpeedIsAConstantOrAVectorAndItsRangeIsTheSpeedsOwn() {
        assertEquals(Speed.of(Speed.Kind.CPR, 10), ScenarioText.speed(Speed.Kind.CPR, List.of(BigDecimal.TEN)));
        assertEquals(new Speed(Speed.Kind.CDR, new double[] {1, 2}), ScenarioText.speed(Speed.Kind.CDR, ScenarioText.numbers("1,2", ',')));
        assertEquals("CPR must be below 100: 100", refusal(() -> ScenarioText.speed(Speed.Kind.CPR, List.of(BigDecimal.valueOf(100)))));
    }
}
