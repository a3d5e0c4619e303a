package org.waterfall.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A trustee statement as read: the distribution date, the classes in table order with their CUSIPs and
 * types, and every printed number as a {@link PrintedFigure} in document order. Immutable.
 */
public final class TrusteeStatement {

    private final String source;
    private final LocalDate distributionDate;
    private final String series;
    private final List<String> classNames;
    private final Map<String, String> cusips;
    private final Map<String, String> classTypes;
    private final int groupCount;
    private final List<PrintedFigure> figures;
    private final int numbersFound;
    private final Map<FigureId, PrintedFigure> byId;

    /**
     * @param source the file as the user named it
     * @param distributionDate the payment date
     * @param series the series, e.g. {@code 2002-K}
     * @param classNames classes in table order
     * @param cusips class to CUSIP, in table order
     * @param classTypes class to the printed type (Senior, Residual, Subordinate); a blank cell inherits the row above
     * @param groupCount loan-group columns of the collateral sections (the Total column excluded)
     * @param figures every printed number, in document order, ids unique
     * @param numbersFound numeric tokens found in the statement body; equals the figure count for a complete read
     */
    public TrusteeStatement(String source, LocalDate distributionDate, String series, List<String> classNames,
            Map<String, String> cusips, Map<String, String> classTypes, int groupCount, List<PrintedFigure> figures,
            int numbersFound) {
        this.source = Objects.requireNonNull(source, "source");
        this.distributionDate = Objects.requireNonNull(distributionDate, "distributionDate");
        this.series = series;
        this.classNames = List.copyOf(classNames);
        this.cusips = Collections.unmodifiableMap(new LinkedHashMap<>(cusips));
        this.classTypes = Collections.unmodifiableMap(new LinkedHashMap<>(classTypes));
        this.groupCount = groupCount;
        this.figures = List.copyOf(figures);
        this.numbersFound = numbersFound;
        Map<FigureId, PrintedFigure> index = new HashMap<>(figures.size() * 2);
        for (PrintedFigure f : this.figures) {
            if (index.put(f.id(), f) != null) {
                throw new IllegalArgumentException("duplicate figure id " + f.id());
            }
        }
        this.byId = index;
    }

    public String source() {
        return source;
    }

    public LocalDate distributionDate() {
        return distributionDate;
    }

    public String series() {
        return series;
    }

    public List<String> classNames() {
        return classNames;
    }

    public Map<String, String> cusips() {
        return cusips;
    }

    public Map<String, String> classTypes() {
        return classTypes;
    }

    public int groupCount() {
        return groupCount;
    }

    public List<PrintedFigure> figures() {
        return figures;
    }

    public int numbersFound() {
        return numbersFound;
    }

    public Optional<PrintedFigure> figure(FigureId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The printed value of a figure. @throws IllegalArgumentException naming the id if it was not printed */
    public BigDecimal value(FigureId id) {
        PrintedFigure f = byId.get(id);
        if (f == null) {
            throw new IllegalArgumentException("the statement prints no figure " + id);
        }
        return f.value();
    }

    public boolean has(FigureId id) {
        return byId.containsKey(id);
    }
}
