package org.initlab.analysis;

import org.initlab.io.InputException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the {@link Doctor}'s verdicts draw their lines, each with its source. A figure beyond its threshold is a
 * finding. Each is a field the command line and the DSL name ({@code maxSaturated} is {@code --max-saturated}).
 *
 * @param maxSymmetric   the largest share of a layer's units that may have identical incoming weights; 0: any two
 *                       alike are a finding. Identical units get identical gradients and stay identical, so
 *                       initial parameters must break symmetry (Goodfellow, Bengio &amp; Courville, "Deep Learning",
 *                       §8.4; the course's zeros experiment, E1).
 * @param saturationLevel where a bounded activation counts as saturated, in tanh's terms: {@code |tanh| > 0.97}
 *                       (Karpathy, "Building makemore Part 3: Activations &amp; Gradients, BatchNorm"), the same
 *                       derivative-relative point on sigmoid and the other bounded activations
 * @param maxSaturated   the largest share of a layer's activations that may be saturated: 0.25. Karpathy's healthy
 *                       tanh stack (gain 5/3) has 5–20 %; Glorot &amp; Bengio (2010, §3.1) show sigmoid's top hidden
 *                       layer driven into saturation by standard initialization
 * @param maxDead        the largest share of a ReLU layer's units that may be 0 on every example of the batch: 0.25.
 *                       Such a unit passes no gradient; Karpathy's CS231n notes warn that as much as 40 % of a
 *                       network can end up dead
 * @param gradientFactor by how much the activation gradients' standard deviation may shrink (vanishing) or grow
 *                       (exploding) from the last layer to the first: 10, one order of magnitude. The gradient's
 *                       variance is a product of per-layer factors backwards (Glorot &amp; Bengio 2010, §4; He
 *                       et al. 2015, §2.2), which a good initialization keeps near 1
 * @param lossFactor     how far the initial loss may exceed the loss of an output that knows nothing (ln 2 for a
 *                       binary sigmoid, ln C for a softmax over C classes): a factor 2. Karpathy's first loss of 27
 *                       against −ln(1/27) = 3.29 is the network "confidently wrong"
 * @param minUpdateRatio the lowest update:data ratio {@code log10(std(lr·dW)/std(W))} after the first steps: −4
 * @param maxUpdateRatio the highest: −2. Around −3 is the rule of thumb (Karpathy; DL4J's training UI documentation:
 *                       "this ratio should be around 1:1000 … > −2 or &lt; −4 … too unstable … or change too slowly")
 */
public record DoctorThresholds(double maxSymmetric, double saturationLevel, double maxSaturated, double maxDead,
                               double gradientFactor, double lossFactor, double minUpdateRatio,
                               double maxUpdateRatio) {
    public static final double MAX_SYMMETRIC = 0.0;
    public static final double SATURATION_LEVEL = 0.97;
    public static final double MAX_SATURATED = 0.25;
    public static final double MAX_DEAD = 0.25;
    public static final double GRADIENT_FACTOR = 10.0;
    public static final double LOSS_FACTOR = 2.0;
    public static final double MIN_UPDATE_RATIO = -4.0;
    public static final double MAX_UPDATE_RATIO = -2.0;

    /** The defaults above. */
    public static final DoctorThresholds DEFAULTS = new DoctorThresholds(MAX_SYMMETRIC, SATURATION_LEVEL,
            MAX_SATURATED, MAX_DEAD, GRADIENT_FACTOR, LOSS_FACTOR, MIN_UPDATE_RATIO, MAX_UPDATE_RATIO);

    public DoctorThresholds {
        share("maxSymmetric", maxSymmetric);
        if (!(saturationLevel > 0 && saturationLevel < 1)) {
            throw InputException.of("saturationLevel", saturationLevel, "must be between 0 and 1 (tanh's |a|)");
        }
        share("maxSaturated", maxSaturated);
        share("maxDead", maxDead);
        if (!(gradientFactor > 1) || Double.isInfinite(gradientFactor)) {
            throw InputException.of("gradientFactor", gradientFactor, "must be a number above 1");
        }
        if (!(lossFactor >= 1) || Double.isInfinite(lossFactor)) {
            throw InputException.of("lossFactor", lossFactor, "must be a number of at least 1");
        }
        if (!Double.isFinite(minUpdateRatio)) {
            throw InputException.of("minUpdateRatio", minUpdateRatio, "must be a number (a log10 ratio)");
        }
        if (!Double.isFinite(maxUpdateRatio) || maxUpdateRatio <= minUpdateRatio) {
            throw InputException.of("maxUpdateRatio", maxUpdateRatio, "must be a number above {minUpdateRatio} "
                    + minUpdateRatio);
        }
    }

    private static void share(String field, double value) {
        if (!(value >= 0 && value < 1)) {
            throw InputException.of(field, value, "must be a share from 0 up to (not including) 1");
        }
    }

    public DoctorThresholds withMaxSymmetric(double v) {
        return new DoctorThresholds(v, saturationLevel, maxSaturated, maxDead, gradientFactor, lossFactor,
                minUpdateRatio, maxUpdateRatio);
    }

    public DoctorThresholds withSaturationLevel(double v) {
        return new DoctorThresholds(maxSymmetric, v, maxSaturated, maxDead, gradientFactor, lossFactor,
                minUpdateRatio, maxUpdateRatio);
    }

    public DoctorThresholds withMaxSaturated(double v) {
        return new DoctorThresholds(maxSymmetric, saturationLevel, v, maxDead, gradientFactor, lossFactor,
                minUpdateRatio, maxUpdateRatio);
    }

    public DoctorThresholds withMaxDead(double v) {
        return new DoctorThresholds(maxSymmetric, saturationLevel, maxSaturated, v, gradientFactor, lossFactor,
                minUpdateRatio, maxUpdateRatio);
    }

    public DoctorThresholds withGradientFactor(double v) {
        return new DoctorThresholds(maxSymmetric, saturationLevel, maxSaturated, maxDead, v, lossFactor,
                minUpdateRatio, maxUpdateRatio);
    }

    public DoctorThresholds withLossFactor(double v) {
        return new DoctorThresholds(maxSymmetric, saturationLevel, maxSaturated, maxDead, gradientFactor, v,
                minUpdateRatio, maxUpdateRatio);
    }

    /** The update:data band {@code [min, max]}. */
    public DoctorThresholds withUpdateRatios(double min, double max) {
        return new DoctorThresholds(maxSymmetric, saturationLevel, maxSaturated, maxDead, gradientFactor, lossFactor,
                min, max);
    }

    /** The thresholds as plain values, each with its source, for reports. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("max_symmetric", entry(maxSymmetric, "Goodfellow, Bengio & Courville, Deep Learning, 8.4: initial "
                + "parameters must break symmetry; the course's zeros experiment (E1)"));
        m.put("saturation_level", entry(saturationLevel, "Karpathy, Building makemore Part 3: |tanh| > 0.97"));
        m.put("max_saturated", entry(maxSaturated, "Karpathy, makemore Part 3 (healthy tanh layers 5-20% "
                + "saturated); Glorot & Bengio 2010, 3.1"));
        m.put("max_dead", entry(maxDead, "Karpathy, CS231n notes: as much as 40% of a network can be dead"));
        m.put("gradient_factor", entry(gradientFactor, "Glorot & Bengio 2010, 4; He et al. 2015, 2.2: the "
                + "backward variance is a product of per-layer factors"));
        m.put("loss_factor", entry(lossFactor, "Karpathy, makemore Part 3: the initial loss should be near "
                + "-ln(1/C)"));
        m.put("min_update_ratio", entry(minUpdateRatio, "Karpathy, makemore Part 3; DL4J training UI "
                + "documentation: update:parameter about -3, within [-4, -2]"));
        m.put("max_update_ratio", entry(maxUpdateRatio, "as min_update_ratio"));
        return m;
    }

    private static Map<String, Object> entry(double value, String source) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", value);
        m.put("source", source);
        return m;
    }
}
