package org.waterfall.cli;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.waterfall.InputException;
import org.waterfall.analytics.PriceQuote;
import org.waterfall.projection.GroupAssumptions;
import org.waterfall.projection.ArmSpec;
import org.waterfall.projection.RateAssumption;
import org.waterfall.projection.Scenario;
import org.waterfall.projection.ScenarioText;
import org.waterfall.projection.ScenarioText.GroupEntry;
import org.waterfall.projection.Speed;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Picocli converters for the scenario and pricing options: each a thin wrapper around a parser or a
 * constructor's validation in the library, so that a bad value fails at parse time, as one line naming the option,
 * with the usage hint. Every failure is a {@link TypeConversionException} (picocli prints any other exception's Java
 * text).
 */
final class OptionConverters {

    private OptionConverters() {
    }

    /** Runs a parser, turning its {@link IllegalArgumentException} into picocli's conversion failure. */
    static <T> T convert(String text, Function<String, T> parse) {
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    /** A constant speed of one kind: {@code 10}. */
    abstract static class ConstantSpeed implements ITypeConverter<Speed> {
        private final Speed.Kind kind;

        ConstantSpeed(Speed.Kind kind) {
            this.kind = kind;
        }

        @Override
        public Speed convert(String value) {
            return OptionConverters.convert(value, v -> ScenarioText.speed(kind, List.of(ScenarioText.number(v))));
        }
    }

    /** A speed vector of one kind: {@code 5,10,15}, by projected month. */
    abstract static class VectorSpeed implements ITypeConverter<Speed> {
        private final Speed.Kind kind;

        VectorSpeed(Speed.Kind kind) {
            this.kind = kind;
        }

        @Override
        public Speed convert(String value) {
            return OptionConverters.convert(value, v -> ScenarioText.speed(kind, ScenarioText.numbers(v, ',')));
        }
    }

    static final class Cpr extends ConstantSpeed {
        Cpr() {
            super(Speed.Kind.CPR);
        }
    }

    static final class Psa extends ConstantSpeed {
        Psa() {
            super(Speed.Kind.PSA);
        }
    }

    static final class Smm extends ConstantSpeed {
        Smm() {
            super(Speed.Kind.SMM);
        }
    }

    static final class Cdr extends ConstantSpeed {
        Cdr() {
            super(Speed.Kind.CDR);
        }
    }

    static final class Sda extends ConstantSpeed {
        Sda() {
            super(Speed.Kind.SDA);
        }
    }

    static final class CprVector extends VectorSpeed {
        CprVector() {
            super(Speed.Kind.CPR);
        }
    }

    static final class PsaVector extends VectorSpeed {
        PsaVector() {
            super(Speed.Kind.PSA);
        }
    }

    static final class CdrVector extends VectorSpeed {
        CdrVector() {
            super(Speed.Kind.CDR);
        }
    }

    /** A loss severity, percent of the defaulted balance, 0..100. */
    static final class Severity implements ITypeConverter<BigDecimal> {
        @Override
        public BigDecimal convert(String value) {
            return OptionConverters.convert(value, v -> GroupAssumptions.NONE.withSeverity(ScenarioText.number(v)).severityPercent());
        }
    }

    /** A recovery lag, months. */
    static final class Lag implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return OptionConverters.convert(value, v -> GroupAssumptions.NONE.withRecoveryLag(ScenarioText.wholeNumber(v)).recoveryLagMonths());
        }
    }

    /** A delinquency percentage, 0..100. */
    static final class Delinquency implements ITypeConverter<BigDecimal> {
        @Override
        public BigDecimal convert(String value) {
            return OptionConverters.convert(value, v -> GroupAssumptions.NONE.withDelinquency(ScenarioText.number(v)).delinquencyPercent());
        }
    }

    /** A clean-up call percentage, (0, 100]. */
    static final class Call implements ITypeConverter<BigDecimal> {
        @Override
        public BigDecimal convert(String value) {
            return OptionConverters.convert(value,
                    v -> new Scenario("call", GroupAssumptions.NONE, Map.of(), ScenarioText.number(v)).cleanUpCallPercent());
        }
    }

    /** A plain decimal number. */
    static final class Number implements ITypeConverter<BigDecimal> {
        @Override
        public BigDecimal convert(String value) {
            return OptionConverters.convert(value, ScenarioText::number);
        }
    }

    /** {@code G=PCT}: a group's constant CPR. */
    static final class GroupCpr implements ITypeConverter<GroupEntry<Speed>> {
        @Override
        public GroupEntry<Speed> convert(String value) {
            return groupSpeed(value, Speed.Kind.CPR);
        }
    }

    /** {@code G=PCT}: a group's constant PSA speed. */
    static final class GroupPsa implements ITypeConverter<GroupEntry<Speed>> {
        @Override
        public GroupEntry<Speed> convert(String value) {
            return groupSpeed(value, Speed.Kind.PSA);
        }
    }

    private static GroupEntry<Speed> groupSpeed(String value, Speed.Kind kind) {
        return convert(value, v -> {
            GroupEntry<String> e = ScenarioText.groupEntry(v);
            return new GroupEntry<>(e.group(), ScenarioText.speed(kind, List.of(ScenarioText.number(e.value()))));
        });
    }

    /** {@code G=W1,W2,...}: a group's gross WAC path ({@link RateAssumption#parseWacPath}). */
    static final class GroupWacPath implements ITypeConverter<RateAssumption> {
        @Override
        public RateAssumption convert(String value) {
            return rateAssumption(value, RateAssumption::parseWacPath);
        }
    }

    /** {@code G=SPEC}: a group's hybrid ARM cohorts ({@link ArmSpec#parseOption}). */
    static final class GroupArm implements ITypeConverter<RateAssumption> {
        @Override
        public RateAssumption convert(String value) {
            return rateAssumption(value, ArmSpec::parseOption);
        }
    }

    /** Runs one of projection's rate parsers; its one-line problem (which names the option) becomes the conversion's. */
    private static RateAssumption rateAssumption(String value, Function<String, RateAssumption> parse) {
        try {
            return parse.apply(value);
        } catch (InputException e) {
            throw new TypeConversionException(e.problems().get(0).message());
        }
    }

    /** A date, {@code yyyy-mm-dd}. */
    static final class Date implements ITypeConverter<java.time.LocalDate> {
        @Override
        public java.time.LocalDate convert(String value) {
            try {
                return java.time.LocalDate.parse(value.trim());
            } catch (java.time.format.DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date (yyyy-mm-dd)");
            }
        }
    }

    /** A clean price: decimal ({@code 101.5}) or in 32nds ({@code 101-16}, {@code 101-16+}, {@code 101-165}); positive. */
    static final class Price implements ITypeConverter<BigDecimal> {
        @Override
        public BigDecimal convert(String value) {
            return OptionConverters.convert(value, PriceQuote::parse);
        }
    }
}
