package org.initlab.train.fast;

import org.initlab.random.NumpyRandomState;
import org.initlab.spec.ExperimentSpec;
import org.initlab.spec.InitScheme;
import org.initlab.spec.InitSpec;

import java.util.List;

/**
 * The run's numpy stream where training takes it over: {@code np.random.seed(spec.seed())}, then the Gaussians the
 * initializer drew, {@code Σ_l n_{l−1}·n_l} for the weights plus {@code Σ_l n_l} for schemes with random biases (none
 * for {@code zeros} or a user's own initializer). Mini-batch shuffles and fresh dropout masks continue it.
 */
final class RunStream {
    private RunStream() {
    }

    /** The stream positioned after the initializer's draws. */
    static NumpyRandomState of(ExperimentSpec spec) {
        NumpyRandomState s = new NumpyRandomState(spec.seed());
        s.skipGaussians(initializerDraws(spec));
        return s;
    }

    /** How many Gaussians {@code spec}'s initializer draws. */
    static long initializerDraws(ExperimentSpec spec) {
        if (!(spec.init() instanceof InitSpec.Course c) || !c.scheme().draws()) {
            return 0;
        }
        InitScheme scheme = c.scheme();
        List<Integer> n = spec.layers();
        long total = 0;
        for (int l = 1; l < n.size(); l++) {
            total += (long) n.get(l - 1) * n.get(l);
            if (scheme.randomBiases()) {
                total += n.get(l);
            }
        }
        return total;
    }
}
