package org.initlab.init;

import org.initlab.numpy.NumpyRandomState;
import org.initlab.spec.ExperimentSpec;
import org.initlab.spec.InitScheme;
import org.initlab.spec.InitSpec;

import java.util.List;

/**
 * Where each layer's parameters start in the run's numpy stream. The course seeds once and draws {@code W1, W2, …}
 * in layer order ({@code W1, b1, W2, b2, …} for schemes with random biases), so layer {@code l}'s weights start
 * after all the Gaussians of the layers before it.
 */
public final class DrawPlan {
    private final long[] weightStarts;
    private final long[] biasStarts;
    private final long total;

    private DrawPlan(long[] weightStarts, long[] biasStarts, long total) {
        this.weightStarts = weightStarts;
        this.biasStarts = biasStarts;
        this.total = total;
    }

    /** The plan of {@code spec}'s initializer; a user's own initializer and {@code zeros} draw nothing. */
    public static DrawPlan of(ExperimentSpec spec) {
        InitScheme scheme = spec.init() instanceof InitSpec.Course c ? c.scheme() : InitScheme.ZEROS;
        return of(spec.layers(), scheme);
    }

    /** The plan for layer sizes {@code [n0, …, nL]} under {@code scheme}. */
    public static DrawPlan of(List<Integer> layers, InitScheme scheme) {
        int depth = layers.size() - 1;
        long[] w = new long[depth];
        long[] b = new long[depth];
        long at = 0;
        for (int l = 0; l < depth; l++) {
            long nIn = layers.get(l);
            long nOut = layers.get(l + 1);
            w[l] = at;
            if (scheme.draws()) {
                at += nIn * nOut;
            }
            b[l] = at;
            if (scheme.randomBiases()) {
                at += nOut;
            }
        }
        return new DrawPlan(w, b, at);
    }

    /** Gaussians drawn before layer {@code layer}'s (0-based) weights. */
    public long weightStart(int layer) {
        return weightStarts[layer];
    }

    /** Gaussians drawn before layer {@code layer}'s (0-based) biases. */
    public long biasStart(int layer) {
        return biasStarts[layer];
    }

    /** Gaussians the whole initializer draws: where the run's stream continues after it. */
    public long total() {
        return total;
    }

    /**
     * The run's numpy stream where training continues it: seeded with {@code spec.seed()}, after the Gaussians the
     * initializer drew. Mini-batch shuffles and FRESH dropout masks draw from it. After an initializer of the
     * catalogue, the stream continues after its draws ({@link CatalogDraws#streamAfter}).
     */
    public static NumpyRandomState runStream(ExperimentSpec spec) {
        if (spec.init() instanceof InitSpec.Catalog c) {
            return CatalogDraws.of(c, spec.layers(), spec.seed()).streamAfter();
        }
        NumpyRandomState s = new NumpyRandomState(spec.seed());
        s.skipGaussians(of(spec).total());
        return s;
    }
}
