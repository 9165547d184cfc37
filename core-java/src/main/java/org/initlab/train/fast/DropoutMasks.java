package org.initlab.train.fast;

import org.initlab.numpy.NumpyRandomState;
import org.initlab.spec.DropoutMode;

import java.util.HashMap;
import java.util.Map;

/**
 * The course's inverted-dropout masks for the hidden layers of one forward pass over {@code m} examples:
 * {@code D[l] = np.random.rand(n_l, m) < keep_prob} for {@code l = 1 … L−1} in turn, each drawn in C order, so mask
 * element (unit {@code j}, example {@code i}) of layer {@code l} is draw {@code j·m + i} after the earlier layers'.
 * A mask holds 1.0 (kept) or 0.0 (dropped), laid out as the activations are.
 *
 * <ul>
 *   <li>{@link DropoutMode#FAITHFUL}: the course calls {@code np.random.seed(1)} at the start of every forward pass,
 *       so the masks depend on {@code m} only and are drawn once per batch size.</li>
 *   <li>{@link DropoutMode#FRESH}: new masks each pass, continuing the run's stream.</li>
 * </ul>
 */
final class DropoutMasks {
    /** The seed the course's forward pass re-seeds with. */
    static final long FAITHFUL_SEED = 1;

    private final double keepProb;
    private final DropoutMode mode;
    private final NumpyRandomState runStream;
    private final int[] sizes;
    private final Layout layout;
    private final Map<Integer, double[][][]> faithful = new HashMap<>();
    private double[][][] fresh;

    /**
     * @param sizes     layer sizes {@code [n0, …, nL]}; masks are drawn for layers 1 … L−1
     * @param runStream the run's stream, for {@link DropoutMode#FRESH}
     */
    DropoutMasks(double keepProb, DropoutMode mode, int[] sizes, NumpyRandomState runStream, Layout layout,
                 int maxBatch) {
        this.keepProb = keepProb;
        this.mode = mode;
        this.sizes = sizes.clone();
        this.runStream = runStream;
        this.layout = layout;
        if (mode == DropoutMode.FRESH) {
            fresh = allocate(maxBatch);
        }
    }

    /** The masks for the next forward pass over {@code m} examples, indexed by layer {@code 1 … L−1}. */
    double[][][] next(int m) {
        if (mode == DropoutMode.FAITHFUL) {
            return faithful.computeIfAbsent(m, size -> {
                double[][][] masks = allocate(size);
                draw(new NumpyRandomState(FAITHFUL_SEED), masks, size);
                return masks;
            });
        }
        draw(runStream, fresh, m);
        return fresh;
    }

    private double[][][] allocate(int m) {
        double[][][] masks = new double[sizes.length - 1][][];
        for (int l = 1; l < sizes.length - 1; l++) {
            masks[l] = layout.allocate(sizes[l], m);
        }
        return masks;
    }

    private void draw(NumpyRandomState s, double[][][] masks, int m) {
        for (int l = 1; l < sizes.length - 1; l++) {
            double[][] mask = masks[l];
            for (int j = 0; j < sizes[l]; j++) {
                for (int i = 0; i < m; i++) {
                    layout.set(mask, j, i, s.rand() < keepProb ? 1.0 : 0.0);
                }
            }
        }
    }
}
