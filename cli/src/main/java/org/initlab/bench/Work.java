package org.initlab.bench;

import org.initlab.spec.ExperimentSpec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The floating-point work of an experiment's training as the model defines it, the same for every side: the matrix
 * products of the forward pass, of the weight and input gradients, and of the update, on dense matrices. Element-wise
 * work (activations, {@code exp}, {@code log}, the cost) is not counted. For each example and layer {@code l} of
 * {@code n_{l−1}} inputs and {@code n_l} units the products cost {@code 2·n_{l−1}·n_l} operations each (one multiply
 * and one add per term): the forward pass, the weight gradient and, from the second layer on, the input gradient; an
 * update costs {@code 2·n_{l−1}·n_l} per layer. Mini-batch runs also score the test set after every epoch, inside the
 * timed training on every side.
 *
 * <p>InitLab does less arithmetic than this where the algebra allows it: it skips exactly-zero inputs (MNIST's blank
 * pixels, about 81 % of them) and carries cat vs non-cat's input layer through the Gram matrix. Its achieved rate is
 * therefore an effective one, the model's operations over its time.
 *
 * @param flops       the model's floating-point operations in training
 * @param peakGflops  this machine's measured double-precision peak ({@link Peak}), in GFLOP/s
 */
public record Work(double flops, double peakGflops) {
    /** The work of training {@code spec} on {@code trainSize} examples, scoring {@code testSize} after each epoch. */
    public static Work of(ExperimentSpec spec, int trainSize, int testSize, double peakGflops) {
        List<Integer> n = spec.layers();
        double perExample = 0;
        double forward = 0;
        double update = 0;
        for (int l = 1; l < n.size(); l++) {
            double product = 2.0 * n.get(l - 1) * n.get(l);
            forward += product;
            perExample += (l == 1 ? 2 : 3) * product;
            update += product;
        }
        double flops;
        if (spec.usesEpochs()) {
            int batch = spec.batchSize() > 0 ? Math.min(spec.batchSize(), trainSize) : trainSize;
            long steps = (trainSize + batch - 1) / batch;
            flops = spec.epochs() * (trainSize * perExample + steps * update + testSize * forward);
        } else {
            flops = spec.iterations() * (trainSize * perExample + update);
        }
        return new Work(flops, peakGflops);
    }

    /** The least time the work takes at the peak rate. */
    public double floorSeconds() {
        return flops / (peakGflops * 1e9);
    }

    /** The rate of doing the work in {@code seconds}, in GFLOP/s. */
    public double gflops(double seconds) {
        return flops / seconds / 1e9;
    }

    /** That rate as a fraction of the peak. */
    public double fractionOfPeak(double seconds) {
        return gflops(seconds) / peakGflops;
    }

    /** How many times the floor {@code seconds} is. */
    public double timesFloor(double seconds) {
        return seconds / floorSeconds();
    }

    /** The work and, for {@code seconds} of training, its rate, as JSON-ready values. */
    public Map<String, Object> toMap(double seconds) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("flops", flops);
        m.put("peak_gflops", peakGflops);
        m.put("floor_seconds", floorSeconds());
        m.put("achieved_gflops", gflops(seconds));
        m.put("fraction_of_peak", fractionOfPeak(seconds));
        m.put("times_floor", timesFloor(seconds));
        return m;
    }
}
