package org.waterfall.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A chart drawn as inline SVG: stacked areas and lines over one shared x axis, with a grid, ticks at round values,
 * axis titles carrying the units, and a legend. Values are {@code double}: a chart is a picture of figures computed
 * exactly elsewhere, and a pixel is coarser than any rounding.
 *
 * <p>Build with {@link #builder(String, double[])}, add series, then {@link #svg()}.
 */
final class SvgChart {

    /** How tick labels on an axis read. */
    enum Ticks {
        /** Plain numbers with thousands separators and as many decimals as the step needs. */
        NUMBER,
        /** Calendar years: whole numbers without separators. */
        YEAR
    }

    /**
     * One series.
     *
     * @param name legend entry and hover text
     * @param values one per x value
     * @param colour CSS colour
     * @param stacked drawn as an area stacked on the stacked series before it; otherwise a line
     */
    record Series(String name, double[] values, String colour, boolean stacked) {
        Series {
            Objects.requireNonNull(name, "name");
            values = values.clone();
        }
    }

    static final int WIDTH = 960;
    private static final int TOP = 14;
    private static final int LEFT = 78;
    private static final int BOTTOM = 46;
    private static final int LEGEND_WIDTH = 190;
    private static final int LEGEND_ROW = 17;
    /** Longest legend entry that fits beside the plot; a longer name is cut, whole on hover. */
    static final int LEGEND_CHARS = 26;
    private static final int MARKER_LIMIT = 40;
    /** How far (pixels) a point may be from the line through its neighbours and still be left out. */
    static final double SIMPLIFY_PIXELS = 0.2;

    private final String label;
    private final double[] x;
    private final int height;
    private final String xTitle;
    private final Ticks xTicks;
    private final String yTitle;
    private final boolean yFromZero;
    private final List<Series> series;

    private SvgChart(Builder b) {
        this.label = b.label;
        this.x = b.x;
        this.height = b.height;
        this.xTitle = b.xTitle;
        this.xTicks = b.xTicks;
        this.yTitle = b.yTitle;
        this.yFromZero = b.yFromZero;
        this.series = List.copyOf(b.series);
    }

    /** A chart over the given x values (ascending), described by {@code label} for screen readers. */
    static Builder builder(String label, double[] x) {
        return new Builder(label, x);
    }

    /** Collects a chart's settings and series. */
    static final class Builder {
        private final String label;
        private final double[] x;
        private int height = 330;
        private String xTitle = "";
        private Ticks xTicks = Ticks.NUMBER;
        private String yTitle = "";
        private boolean yFromZero = true;
        private final List<Series> series = new ArrayList<>();

        private Builder(String label, double[] x) {
            this.label = Objects.requireNonNull(label, "label");
            this.x = x.clone();
            for (int i = 1; i < x.length; i++) {
                if (!(x[i] > x[i - 1])) {
                    throw new IllegalArgumentException("x values must ascend: " + x[i - 1] + " then " + x[i]);
                }
            }
        }

        Builder height(int pixels) {
            this.height = pixels;
            return this;
        }

        Builder xAxis(String title, Ticks ticks) {
            this.xTitle = title;
            this.xTicks = ticks;
            return this;
        }

        /** The y axis title, with its unit; the axis starts at zero unless {@code fromZero} is false. */
        Builder yAxis(String title, boolean fromZero) {
            this.yTitle = title;
            this.yFromZero = fromZero;
            return this;
        }

        Builder series(String name, double[] values, String colour, boolean stacked) {
            if (values.length != x.length) {
                throw new IllegalArgumentException("series " + name + ": " + values.length + " values for " + x.length + " x values");
            }
            series.add(new Series(name, values, colour, stacked));
            return this;
        }

        SvgChart build() {
            return new SvgChart(this);
        }
    }

    /** The {@code <svg>} element. */
    String svg() {
        double[][] tops = stackedTops();
        double[] xRange = range(x, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
        double[] yRange = yRange(tops);
        double[] xt = niceTicks(xRange[0], xRange[1], 8, xTicks == Ticks.YEAR);
        double[] yt = niceTicks(yRange[0], yRange[1], 6, false);
        Plot p = new Plot(LEFT, TOP, WIDTH - LEFT - LEGEND_WIDTH - 16, height - TOP - BOTTOM,
                xRange[0] == xRange[1] ? xt[0] : xRange[0], xRange[0] == xRange[1] ? xt[xt.length - 1] : xRange[1],
                yt[0], yt[yt.length - 1]);
        StringBuilder s = new StringBuilder(4096);
        s.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\" role=\"img\" aria-label=\"")
                .append(HtmlPage.escape(label)).append("\">\n");
        grid(s, p, xt, yt);
        areas(s, p, tops);
        lines(s, p);
        axes(s, p, xt, yt);
        legend(s, p);
        return s.append("</svg>\n").toString();
    }

    /** Where the plot area is, and the data ranges it shows. */
    private record Plot(double left, double top, double width, double height, double x0, double x1, double y0, double y1) {
        double px(double v) {
            return x1 == x0 ? left : left + (v - x0) / (x1 - x0) * width;
        }

        double py(double v) {
            return y1 == y0 ? top + height : top + height - (v - y0) / (y1 - y0) * height;
        }
    }

    /** Cumulative tops of the stacked series, in series order (null for unstacked ones). */
    private double[][] stackedTops() {
        double[][] tops = new double[series.size()][];
        double[] running = new double[x.length];
        for (int k = 0; k < series.size(); k++) {
            if (!series.get(k).stacked()) {
                continue;
            }
            double[] v = series.get(k).values();
            for (int i = 0; i < x.length; i++) {
                running[i] += v[i];
            }
            tops[k] = running.clone();
        }
        return tops;
    }

    private double[] yRange(double[][] tops) {
        double lo = yFromZero ? 0 : Double.POSITIVE_INFINITY;
        double hi = yFromZero ? 0 : Double.NEGATIVE_INFINITY;
        for (int k = 0; k < series.size(); k++) {
            double[] v = tops[k] != null ? tops[k] : series.get(k).values();
            double[] r = range(v, lo, hi);
            lo = r[0];
            hi = r[1];
        }
        if (!Double.isFinite(lo)) {
            return new double[] {0, 1};
        }
        return new double[] {lo, hi == lo ? lo + 1 : hi};
    }

    private static double[] range(double[] v, double lo, double hi) {
        double[] r = v.length == 0 && !Double.isFinite(lo) ? new double[] {0, 1} : new double[] {lo, hi};
        for (double d : v) {
            if (Double.isFinite(d)) {
                r[0] = Math.min(r[0], d);
                r[1] = Math.max(r[1], d);
            }
        }
        return r;
    }

    private void grid(StringBuilder s, Plot p, double[] xt, double[] yt) {
        s.append("<g class=\"grid\">");
        for (double v : yt) {
            double y = p.py(v);
            s.append("<line x1=\"").append(n(p.left)).append("\" x2=\"").append(n(p.left + p.width)).append("\" y1=\"").append(n(y))
                    .append("\" y2=\"").append(n(y)).append("\"/>");
        }
        for (double v : xt) {
            if (v < p.x0 || v > p.x1) {
                continue;
            }
            double xx = p.px(v);
            s.append("<line x1=\"").append(n(xx)).append("\" x2=\"").append(n(xx)).append("\" y1=\"").append(n(p.top))
                    .append("\" y2=\"").append(n(p.top + p.height)).append("\"/>");
        }
        s.append("</g>\n");
    }

    private void areas(StringBuilder s, Plot p, double[][] tops) {
        double[] below = new double[x.length];
        for (int k = 0; k < series.size(); k++) {
            if (tops[k] == null) {
                continue;
            }
            Series ser = series.get(k);
            s.append("<polygon class=\"series\" data-series=\"").append(HtmlPage.escape(ser.name())).append("\" fill=\"")
                    .append(HtmlPage.escape(ser.colour())).append("\" fill-opacity=\"0.88\" stroke=\"#fff\" stroke-width=\"0.5\" points=\"");
            double[] xs = new double[x.length];
            double[] top = new double[x.length];
            double[] bottom = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                xs[i] = p.px(x[i]);
                top[i] = p.py(tops[k][i]);
                bottom[i] = p.py(below[i]);
            }
            appendPoints(s, xs, top, false);
            appendPoints(s, xs, bottom, true);
            s.setLength(s.length() - 1);
            s.append("\"><title>").append(HtmlPage.escape(ser.name())).append("</title></polygon>\n");
            below = tops[k];
        }
    }

    private void lines(StringBuilder s, Plot p) {
        for (Series ser : series) {
            if (ser.stacked()) {
                continue;
            }
            String colour = HtmlPage.escape(ser.colour());
            s.append("<g class=\"series\" data-series=\"").append(HtmlPage.escape(ser.name())).append("\"><title>")
                    .append(HtmlPage.escape(ser.name())).append("</title><polyline fill=\"none\" stroke=\"").append(colour)
                    .append("\" stroke-width=\"2\" stroke-linejoin=\"round\" points=\"");
            int n = 0;
            double[] xs = new double[x.length];
            double[] ys = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                if (Double.isFinite(ser.values()[i])) {
                    xs[n] = p.px(x[i]);
                    ys[n] = p.py(ser.values()[i]);
                    n++;
                }
            }
            if (n > 0) {
                appendPoints(s, Arrays.copyOf(xs, n), Arrays.copyOf(ys, n), false);
                s.setLength(s.length() - 1);
            }
            s.append("\"/>");
            if (x.length <= MARKER_LIMIT) {
                for (int i = 0; i < x.length; i++) {
                    if (Double.isFinite(ser.values()[i])) {
                        s.append("<circle r=\"3.2\" fill=\"").append(colour).append("\" cx=\"").append(n(p.px(x[i]))).append("\" cy=\"")
                                .append(n(p.py(ser.values()[i]))).append("\"/>");
                    }
                }
            }
            s.append("</g>\n");
        }
    }

    private void axes(StringBuilder s, Plot p, double[] xt, double[] yt) {
        double bottom = p.top + p.height;
        s.append("<g class=\"axes\"><line class=\"axis\" x1=\"").append(n(p.left)).append("\" x2=\"").append(n(p.left + p.width))
                .append("\" y1=\"").append(n(bottom)).append("\" y2=\"").append(n(bottom)).append("\"/>")
                .append("<line class=\"axis\" x1=\"").append(n(p.left)).append("\" x2=\"").append(n(p.left)).append("\" y1=\"")
                .append(n(p.top)).append("\" y2=\"").append(n(bottom)).append("\"/>\n");
        for (double v : xt) {
            if (v < p.x0 - 1e-9 || v > p.x1 + 1e-9) {
                continue;
            }
            double xx = p.px(v);
            s.append("<line class=\"axis\" x1=\"").append(n(xx)).append("\" x2=\"").append(n(xx)).append("\" y1=\"").append(n(bottom))
                    .append("\" y2=\"").append(n(bottom + 5)).append("\"/><text class=\"tick x\" text-anchor=\"middle\" x=\"").append(n(xx))
                    .append("\" y=\"").append(n(bottom + 18)).append("\">")
                    .append(HtmlPage.escape(tickLabel(v, xt, xTicks))).append("</text>");
        }
        s.append('\n');
        for (double v : yt) {
            double y = p.py(v);
            s.append("<line class=\"axis\" x1=\"").append(n(p.left - 5)).append("\" x2=\"").append(n(p.left)).append("\" y1=\"").append(n(y))
                    .append("\" y2=\"").append(n(y)).append("\"/><text class=\"tick y\" text-anchor=\"end\" x=\"").append(n(p.left - 8))
                    .append("\" y=\"").append(n(y + 4)).append("\">").append(HtmlPage.escape(tickLabel(v, yt, Ticks.NUMBER))).append("</text>");
        }
        s.append('\n');
        s.append("<text class=\"title\" text-anchor=\"middle\" x=\"").append(n(p.left + p.width / 2)).append("\" y=\"").append(n(bottom + 38))
                .append("\">").append(HtmlPage.escape(xTitle)).append("</text>");
        double cy = p.top + p.height / 2;
        s.append("<text class=\"title\" text-anchor=\"middle\" transform=\"translate(16 ").append(n(cy)).append(") rotate(-90)\">")
                .append(HtmlPage.escape(yTitle)).append("</text></g>\n");
    }

    /** The legend at the right, top to bottom in the order the eye meets the series (stacks from the top down). */
    private void legend(StringBuilder s, Plot p) {
        List<Series> order = new ArrayList<>();
        for (int k = series.size() - 1; k >= 0; k--) {
            if (series.get(k).stacked()) {
                order.add(series.get(k));
            }
        }
        for (Series ser : series) {
            if (!ser.stacked()) {
                order.add(ser);
            }
        }
        int rows = Math.max(2, (height - TOP - 8) / LEGEND_ROW);
        int shown = order.size() <= rows ? order.size() : rows - 1;
        double lx = p.left + p.width + 20;
        s.append("<g class=\"legend\">");
        for (int i = 0; i < shown; i++) {
            Series ser = order.get(i);
            double y = TOP + i * LEGEND_ROW;
            String colour = HtmlPage.escape(ser.colour());
            if (ser.stacked()) {
                s.append("<rect x=\"").append(n(lx)).append("\" y=\"").append(n(y + 2)).append("\" width=\"14\" height=\"10\" fill=\"")
                        .append(colour).append("\"/>");
            } else {
                s.append("<line x1=\"").append(n(lx)).append("\" x2=\"").append(n(lx + 14)).append("\" y1=\"").append(n(y + 7)).append("\" y2=\"")
                        .append(n(y + 7)).append("\" stroke=\"").append(colour).append("\" stroke-width=\"2.5\"/>");
            }
            String name = ser.name().length() <= LEGEND_CHARS ? ser.name() : ser.name().substring(0, LEGEND_CHARS - 1).stripTrailing() + "\u2026";
            s.append("<text class=\"legend-entry\" x=\"").append(n(lx + 20)).append("\" y=\"").append(n(y + 11)).append("\">")
                    .append(HtmlPage.escape(name));
            if (!name.equals(ser.name())) {
                s.append("<title>").append(HtmlPage.escape(ser.name())).append("</title>");
            }
            s.append("</text>");
        }
        if (shown < order.size()) {
            s.append("<text class=\"legend-more\" x=\"").append(n(lx)).append("\" y=\"").append(n(TOP + shown * LEGEND_ROW + 11)).append("\">and ")
                    .append(order.size() - shown).append(" more</text>");
        }
        s.append("</g>\n");
    }

    /**
     * Tick values at round steps (1, 2 or 5 times a power of ten) covering {@code [lo, hi]} with about {@code target}
     * intervals; the first tick is at or below {@code lo}, the last at or above {@code hi}.
     *
     * @param whole steps of at least 1 (calendar years)
     */
    static double[] niceTicks(double lo, double hi, int target, boolean whole) {
        if (!(hi > lo)) {
            hi = lo + 1;
        }
        double raw = (hi - lo) / target;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double normalized = raw / magnitude;
        double step = (normalized < 1.5 ? 1 : normalized < 3 ? 2 : normalized < 7 ? 5 : 10) * magnitude;
        if (whole) {
            step = Math.max(1, Math.rint(step));
        }
        long first = (long) Math.floor(lo / step + 1e-9);
        long last = (long) Math.ceil(hi / step - 1e-9);
        double[] ticks = new double[(int) (last - first + 1)];
        for (int i = 0; i < ticks.length; i++) {
            ticks[i] = (first + i) * step;
        }
        return ticks;
    }

    /** A tick's label: years as whole numbers; numbers with separators and the step's decimals. */
    static String tickLabel(double v, double[] ticks, Ticks kind) {
        if (kind == Ticks.YEAR) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        double step = ticks.length > 1 ? ticks[1] - ticks[0] : 1;
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
        double shown = Math.abs(v) < step * 1e-6 ? 0 : v;
        return String.format(Locale.ROOT, "%,." + decimals + "f", shown);
    }

    /**
     * Appends the points (pixels) of a path, in order or reversed, each followed by a space, leaving out every point
     * that lies within {@link #SIMPLIFY_PIXELS} of the straight line between the points kept around it: a smooth
     * run-off of 300 months needs far fewer than 300 points to draw.
     */
    static void appendPoints(StringBuilder s, double[] xs, double[] ys, boolean reversed) {
        int n = xs.length;
        if (n == 0) {
            return;
        }
        int kept = 0;
        point(s, xs, ys, index(0, n, reversed));
        for (int end = 2; end <= n; end++) {
            if (end == n || !withinLine(xs, ys, kept, end, n, reversed)) {
                point(s, xs, ys, index(end - 1, n, reversed));
                kept = end - 1;
            }
        }
    }

    /** Whether every point strictly between {@code from} and {@code to} (walk positions) is within tolerance of the line joining them. */
    private static boolean withinLine(double[] xs, double[] ys, int from, int to, int n, boolean reversed) {
        int a = index(from, n, reversed);
        int b = index(to, n, reversed);
        double dx = xs[b] - xs[a];
        double dy = ys[b] - ys[a];
        double length = Math.hypot(dx, dy);
        for (int k = from + 1; k < to; k++) {
            int i = index(k, n, reversed);
            double distance = length == 0 ? Math.hypot(xs[i] - xs[a], ys[i] - ys[a])
                    : Math.abs(dy * (xs[i] - xs[a]) - dx * (ys[i] - ys[a])) / length;
            if (distance > SIMPLIFY_PIXELS) {
                return false;
            }
        }
        return true;
    }

    private static int index(int walk, int n, boolean reversed) {
        return reversed ? n - 1 - walk : walk;
    }

    private static void point(StringBuilder s, double[] xs, double[] ys, int i) {
        s.append(n(xs[i])).append(',').append(n(ys[i])).append(' ');
    }

    /** A coordinate to a tenth of a pixel, without a trailing {@code .0}. */
    private static String n(double v) {
        long tenths = Math.round(v * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
    }
}
