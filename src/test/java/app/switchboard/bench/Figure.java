package app.switchboard.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One measured figure: its samples, and the limit it is judged against, measured or fixed in the
 * same run. The ratio is median / limit; a figure passes when the ratio is at most {@code target}
 * (or at least, for a speed-up such as "10x faster than stock sorting").
 *
 * @param name   what was measured, in words
 * @param unit   of the samples and the limit ("ms", "MB")
 * @param samples every run's value
 * @param limit  what the median is divided by
 * @param limitText how the limit came about ("bare window median", "fixed")
 * @param target the ratio the figure must not exceed (or must reach, when {@code atLeast})
 * @param atLeast whether a larger ratio is better
 */
record Figure(String name, String unit, List<Double> samples, double limit, String limitText, double target,
              boolean atLeast) {

    static Figure atMost(String name, String unit, List<Double> samples, double limit, String limitText, double target) {
        return new Figure(name, unit, List.copyOf(samples), limit, limitText, target, false);
    }

    static Figure atLeast(String name, String unit, List<Double> samples, double limit, String limitText, double target) {
        return new Figure(name, unit, List.copyOf(samples), limit, limitText, target, true);
    }

    /** A figure that is reported against a target but has no separate limit (limit = 1). */
    static Figure reported(String name, String unit, List<Double> samples, double target) {
        return new Figure(name, unit, List.copyOf(samples), 1, "-", target, false);
    }

    double median() {
        return median(samples);
    }

    double min() {
        return Collections.min(samples);
    }

    double max() {
        return Collections.max(samples);
    }

    double ratio() {
        return median() / limit;
    }

    boolean met() {
        return atLeast ? ratio() >= target : ratio() <= target;
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
