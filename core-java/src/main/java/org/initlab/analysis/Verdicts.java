package org.initlab.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The doctor's verdicts: its figures against {@link DoctorThresholds}, one {@link Finding} per figure beyond its
 * threshold, each one line naming the layer, the figure and the threshold. Order: the loss, then layer by layer
 * (symmetric, saturated, dead), then the gradients through the network, then the learning rate.
 */
final class Verdicts {
    private Verdicts() {
    }

    static List<Finding> of(List<LayerDiagnosis> layers, LossCheck loss, SgdSteps steps, DoctorThresholds t, int m) {
        List<Finding> out = new ArrayList<>();
        if (loss != null && loss.ratio() > t.lossFactor()) {
            String how = Double.isInfinite(loss.ratio()) ? " is far above chance (" : " is " + times(loss.ratio())
                    + " chance (";
            out.add(new Finding(Finding.Kind.LOSS, 0, loss.loss(), t.lossFactor() * loss.chance(),
                    "loss: the initial loss " + Doctor.figure(loss.loss()) + how + loss.chanceName() + " = "
                            + Doctor.figure(loss.chance()) + "): the network is confidently wrong (threshold: "
                            + Doctor.plain(t.lossFactor()) + " times chance)"));
        }
        for (LayerDiagnosis d : layers) {
            if (d.symmetric() > t.maxSymmetric()) {
                long alike = Math.round(d.symmetric() * d.units());
                out.add(new Finding(Finding.Kind.SYMMETRIC, d.layer(), d.symmetric(), t.maxSymmetric(),
                        "symmetric: " + d.name() + ": " + (alike == d.units() ? "all " + d.units()
                                : alike + " of " + d.units()) + " units have identical incoming weights ("
                                + percent(d.symmetric()) + "; threshold: more than " + percent(t.maxSymmetric())
                                + ")"));
            }
            if (d.saturated() > t.maxSaturated()) {
                out.add(new Finding(Finding.Kind.SATURATED, d.layer(), d.saturated(), t.maxSaturated(),
                        "saturated: " + d.name() + ": " + percent(d.saturated()) + " of the activations sit in "
                                + "its flat ends (|a| > " + Doctor.plain(t.saturationLevel())
                                + " in tanh's terms; threshold: " + percent(t.maxSaturated()) + ")"));
            }
            if (d.dead() > t.maxDead()) {
                long dead = Math.round(d.dead() * d.units());
                out.add(new Finding(Finding.Kind.DEAD, d.layer(), d.dead(), t.maxDead(),
                        "dead: " + d.name() + ": " + dead + " of " + d.units() + " units (" + percent(d.dead())
                                + ") are 0 on all " + m + " examples (threshold: " + percent(t.maxDead()) + ")"));
            }
        }
        gradients(layers, t, out);
        updates(layers, steps, t, out);
        return out;
    }

    /** Vanishing or exploding: the activation gradient's std of the last layer that has one against the first's. */
    private static void gradients(List<LayerDiagnosis> layers, DoctorThresholds t, List<Finding> out) {
        List<LayerDiagnosis> with = layers.stream().filter(LayerDiagnosis::hasGradient).toList();
        if (with.size() < 2) {
            return;
        }
        LayerDiagnosis first = with.get(0);
        LayerDiagnosis last = with.get(with.size() - 1);
        double shrink = last.gradientStd() / first.gradientStd();
        double grow = first.gradientStd() / last.gradientStd();
        String span = " from layer " + last.layer() + " (" + Doctor.figure(last.gradientStd()) + ") to layer "
                + first.layer() + " (" + Doctor.figure(first.gradientStd()) + ")";
        if (shrink > t.gradientFactor()) {
            out.add(new Finding(Finding.Kind.VANISHING, first.layer(), shrink, t.gradientFactor(),
                    "vanishing: the activation gradients' std falls "
                            + (Double.isInfinite(shrink) ? "to 0" : times(shrink)) + span + " (threshold: "
                            + Doctor.plain(t.gradientFactor()) + " times)"));
        } else if (grow > t.gradientFactor()) {
            out.add(new Finding(Finding.Kind.EXPLODING, first.layer(), grow, t.gradientFactor(),
                    "exploding: the activation gradients' std grows "
                            + (Double.isInfinite(grow) ? "from 0" : times(grow)) + span + " (threshold: "
                            + Doctor.plain(t.gradientFactor()) + " times)"));
        }
    }

    /** The learning rate: each weight layer's median update:data over the later half of the steps. */
    private static void updates(List<LayerDiagnosis> layers, SgdSteps steps, DoctorThresholds t,
                                List<Finding> out) {
        int k = steps.count();
        if (k == 0) {
            return;
        }
        int from = k / 2;
        for (LayerDiagnosis d : layers) {
            double[] r = d.updateData();
            if (r.length != k) {
                continue;
            }
            double median = median(Arrays.copyOfRange(r, from, k));
            String where = " (median of steps " + (from + 1) + "-" + k + ")";
            String lr = Doctor.plain(d.learningRate());
            if (median < t.minUpdateRatio()) {
                out.add(new Finding(Finding.Kind.UPDATE_RATIO, d.layer(), median, t.minUpdateRatio(),
                        "update:data: " + d.name() + ": " + Doctor.figure(median) + where + ", below "
                                + Doctor.plain(t.minUpdateRatio()) + ": at learning rate " + lr
                                + " it learns too slowly (about -3 is right)"));
            } else if (median > t.maxUpdateRatio()) {
                out.add(new Finding(Finding.Kind.UPDATE_RATIO, d.layer(), median, t.maxUpdateRatio(),
                        "update:data: " + d.name() + ": " + Doctor.figure(median) + where + ", above "
                                + Doctor.plain(t.maxUpdateRatio()) + ": at learning rate " + lr
                                + " its steps are too large to be stable (about -3 is right)"));
            }
        }
    }

    /** The median of the values, NaN among them counting as NaN. */
    static double median(double[] v) {
        for (double x : v) {
            if (Double.isNaN(x)) {
                return Double.NaN;
            }
        }
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share).replace(".0%", "%");
    }

    private static String times(double factor) {
        return Doctor.figure(factor) + " times";
    }
}
