package org.waterfall.statement;

import java.util.Locale;

/**
 * The id of one printed figure: which table it sits in, whose row or column it is, and which field. Every id is
 * built from the field enums below, so a misspelt field is a compile error rather than a figure no rule finds.
 * {@link #toString()} is the id as reports print it ({@code class.A1.interest}, {@code group.total.prepayments},
 * {@code remittance.available#2}); {@link #parse} reads it back.
 */
public sealed interface FigureId permits FigureId.OfClass, FigureId.OfTotal, FigureId.OfGroup, FigureId.OfAggregate,
        FigureId.OfDelinquency, FigureId.OfReo, FigureId.OfRemittance {

    /** The field of a class row (the payment, ending balance and factor tables); {@code #2} marks a reprint. */
    enum ClassField {
        BEGINNING_BALANCE("beginningBalance"),
        PASS_THROUGH_RATE("passThroughRate"),
        PRINCIPAL("principal"),
        INTEREST("interest"),
        TOTAL_DISTRIBUTION("totalDistribution"),
        PRINCIPAL_LOSS("principalLoss"),
        INTEREST_SHORTFALL("interestShortfall"),
        ENDING_BALANCE("endingBalance"),
        UNPAID_INTEREST("unpaidInterest"),
        BEGINNING_BALANCE_REPRINT("beginningBalance#2"),
        PASS_THROUGH_RATE_REPRINT("passThroughRate#2"),
        PRINCIPAL_FACTOR("principalFactor"),
        INTEREST_FACTOR("interestFactor"),
        ENDING_FACTOR("endingFactor");

        private final String key;

        ClassField(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** The field of a collateral, fees or losses row, with the row's printed label. */
    enum GroupField {
        ENDING_BALANCE("endingBalance", "prin balance"),
        LOAN_COUNT("loanCount", "loan count"),
        AVERAGE_LOAN_RATE("averageLoanRate", "avg loan rate"),
        PREPAYMENTS("prepayments", "prepay amount"),
        MASTER_SERVICING_FEE("masterServicingFee", "master serv fees"),
        SUB_SERVICER_FEE("subServicerFee", "sub servicer fees"),
        TRUSTEE_FEE("trusteeFee", "trustee fees"),
        AGGREGATE_ADVANCES("aggregateAdvances", "agg advances"),
        ADVANCES_THIS_PERIOD("advancesThisPeriod", "adv this period"),
        REALIZED_LOSSES("realizedLosses", "realized losses"),
        CUMULATIVE_LOSSES("cumulativeLosses", "cumulative losses"),
        BANKRUPTCY_COVERAGE("bankruptcyCoverage", "bankruptcy"),
        FRAUD_COVERAGE("fraudCoverage", "fraud"),
        SPECIAL_HAZARD_COVERAGE("specialHazardCoverage", "special hazard");

        private final String key;
        private final String label;

        GroupField(String key, String label) {
            this.key = key;
            this.label = label;
        }

        public String key() {
            return key;
        }

        /** The row's label on the statement, lower case. */
        public String label() {
            return label;
        }

        /** The field printed under a label (lower case), or null. */
        public static GroupField ofLabel(String label) {
            for (GroupField f : values()) {
                if (f.label.equals(label)) {
                    return f;
                }
            }
            return null;
        }
    }

    /** Senior or junior side of the aggregate certificate information. */
    enum Side {
        SENIOR, JUNIOR;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The aggregate certificate information's columns. */
    enum AggregateField {
        PERCENTAGE("percentage"), PREPAYMENT_PERCENTAGE("prepaymentPercentage"), ENDING_BALANCE("endingBalance");

        private final String key;

        AggregateField(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** The delinquency table's rows. */
    enum Bucket {
        DAYS_30_59("30to59"), DAYS_60_89("60to89"), DAYS_90_PLUS("90plus"), FORECLOSURE("foreclosure"), TOTAL("total");

        private final String key;

        Bucket(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** The delinquency table's columns. */
    enum DelinquencyField {
        COUNT, BALANCE;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Rows of the REO block: a property (numbered), the Totals row, or the outstanding summary lines. */
    enum ReoRow {
        PROPERTY, TOTAL, OUTSTANDING
    }

    /** Columns of the REO block. */
    enum ReoField {
        BALANCE, COUNT;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The other-information rows. */
    enum RemittanceField {
        AVAILABLE, PRINCIPAL, INTEREST;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** {@code class.<name>.<field>}. */
    record OfClass(String className, ClassField field) implements FigureId {
        @Override
        public String toString() {
            return "class." + className + "." + field.key();
        }
    }

    /** {@code total.<field>}: a Totals row of the class tables. */
    record OfTotal(ClassField field) implements FigureId {
        @Override
        public String toString() {
            return "total." + field.key();
        }
    }

    /**
     * {@code group.<column>.<field>}: column 1..n is the n-th loan group of the deal (the statement prints them in
     * the deal's order); column 0 is the Total column.
     */
    record OfGroup(int column, GroupField field) implements FigureId {
        public boolean isTotal() {
            return column == 0;
        }

        @Override
        public String toString() {
            return "group." + (column == 0 ? "total" : String.valueOf(column)) + "." + field.key();
        }
    }

    /** {@code aggregate.<senior|junior>.<field>}. */
    record OfAggregate(Side side, AggregateField field) implements FigureId {
        @Override
        public String toString() {
            return "aggregate." + side.key() + "." + field.key();
        }
    }

    /** {@code delinquency.<bucket>.<count|balance>}. */
    record OfDelinquency(Bucket bucket, DelinquencyField field) implements FigureId {
        @Override
        public String toString() {
            return "delinquency." + bucket.key() + "." + field.key();
        }
    }

    /** {@code reo.<n>.balance}, {@code reo.total.balance}, {@code reo.outstanding.<balance|count>}. */
    record OfReo(ReoRow row, int property, ReoField field) implements FigureId {
        @Override
        public String toString() {
            String r = switch (row) {
                case PROPERTY -> String.valueOf(property);
                case TOTAL -> "total";
                case OUTSTANDING -> "outstanding";
            };
            return "reo." + r + "." + field.key();
        }
    }

    /** {@code remittance.<field>}, {@code #2} for the Total/Ending Bal. column. */
    record OfRemittance(RemittanceField field, boolean reprint) implements FigureId {
        @Override
        public String toString() {
            return "remittance." + field.key() + (reprint ? "#2" : "");
        }
    }

    static FigureId of(String className, ClassField field) {
        return new OfClass(className, field);
    }

    static FigureId total(ClassField field) {
        return new OfTotal(field);
    }

    /** A loan group's figure by its column (1-based). */
    static FigureId group(int column, GroupField field) {
        if (column < 1) {
            throw new IllegalArgumentException("group column " + column);
        }
        return new OfGroup(column, field);
    }

    static FigureId groupTotal(GroupField field) {
        return new OfGroup(0, field);
    }

    static FigureId aggregate(Side side, AggregateField field) {
        return new OfAggregate(side, field);
    }

    static FigureId delinquency(Bucket bucket, DelinquencyField field) {
        return new OfDelinquency(bucket, field);
    }

    static FigureId reoProperty(int n) {
        return new OfReo(ReoRow.PROPERTY, n, ReoField.BALANCE);
    }

    static FigureId reo(ReoRow row, ReoField field) {
        return new OfReo(row, 0, field);
    }

    static FigureId remittance(RemittanceField field, boolean reprint) {
        return new OfRemittance(field, reprint);
    }

    /**
     * The id a report prints, read back.
     *
     * @throws IllegalArgumentException naming the text when it is not a figure id
     */
    static FigureId parse(String text) {
        String[] p = text.split("\\.", -1);
        try {
            switch (p[0]) {
                case "class" -> {
                    if (p.length == 3) {
                        return of(p[1], classField(p[2]));
                    }
                }
                case "total" -> {
                    if (p.length == 2) {
                        return total(classField(p[1]));
                    }
                }
                case "group" -> {
                    if (p.length == 3) {
                        GroupField f = null;
                        for (GroupField g : GroupField.values()) {
                            f = g.key().equals(p[2]) ? g : f;
                        }
                        if (f != null) {
                            return p[1].equals("total") ? groupTotal(f) : group(Integer.parseInt(p[1]), f);
                        }
                    }
                }
                case "aggregate" -> {
                    if (p.length == 3) {
                        for (AggregateField f : AggregateField.values()) {
                            if (f.key().equals(p[2])) {
                                return aggregate(Side.valueOf(p[1].toUpperCase(Locale.ROOT)), f);
                            }
                        }
                    }
                }
                case "delinquency" -> {
                    if (p.length == 3) {
                        for (Bucket b : Bucket.values()) {
                            if (b.key().equals(p[1])) {
                                return delinquency(b, DelinquencyField.valueOf(p[2].toUpperCase(Locale.ROOT)));
                            }
                        }
                    }
                }
                case "reo" -> {
                    if (p.length == 3) {
                        ReoField f = ReoField.valueOf(p[2].toUpperCase(Locale.ROOT));
                        return switch (p[1]) {
                            case "total" -> reo(ReoRow.TOTAL, f);
                            case "outstanding" -> reo(ReoRow.OUTSTANDING, f);
                            default -> new OfReo(ReoRow.PROPERTY, Integer.parseInt(p[1]), f);
                        };
                    }
                }
                case "remittance" -> {
                    if (p.length == 2) {
                        boolean reprint = p[1].endsWith("#2");
                        String key = reprint ? p[1].substring(0, p[1].length() - 2) : p[1];
                        return remittance(RemittanceField.valueOf(key.toUpperCase(Locale.ROOT)), reprint);
                    }
                }
                default -> {
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the one message below
        }
        throw new IllegalArgumentException("not a figure id: '" + text + "'");
    }

    private static ClassField classField(String key) {
        for (ClassField f : ClassField.values()) {
            if (f.key().equals(key)) {
                return f;
            }
        }
        throw new IllegalArgumentException(key);
    }
}
