package org.initlab.spec;

import org.deeplearning4j.nn.weights.IWeightInit;
import org.initlab.io.InputException;

import java.util.Objects;

/**
 * How a network's parameters are initialized: one of the course's schemes, an initializer of the catalogue
 * ({@link Catalog}), or any DL4J {@link IWeightInit} of the user's (biases zero).
 */
public sealed interface InitSpec permits InitSpec.Course, InitSpec.Custom, InitSpec.Catalog {

    /** A short description for printing and manifests, e.g. {@code he} or {@code normal:0.01}. */
    String describe();

    /**
     * A course scheme drawing from numpy's stream.
     *
     * <p>The stream is seeded once with the experiment's seed ({@link ExperimentSpec#seed()}) before the first layer.
     *
     * @param scheme the formula
     * @param sigma  the standard deviation for {@link InitScheme#NORMAL}; ignored otherwise
     */
    record Course(InitScheme scheme, double sigma) implements InitSpec {
        public Course {
            Objects.requireNonNull(scheme, "scheme");
            if (scheme == InitScheme.NORMAL && !(sigma > 0 && Double.isFinite(sigma))) {
                throw new InputException("initializer normal:" + sigma + ": SIGMA must be a positive number");
            }
        }

        @Override
        public String describe() {
            return scheme == InitScheme.NORMAL ? "normal:" + sigma : scheme.id();
        }
    }

    /**
     * A user's own DL4J initializer, applied to every layer's weights.
     *
     * @param weightInit the initializer
     * @param name       how it is shown in output and manifests
     */
    record Custom(IWeightInit weightInit, String name) implements InitSpec {
        public Custom {
            Objects.requireNonNull(weightInit, "weightInit");
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String describe() {
            return name;
        }
    }

    /**
     * An initializer of the PyTorch / Keras / JAX catalogue or LSUV, implemented in {@code org.initlab.init}: each
     * layer's weights drawn from numpy's stream seeded once with the experiment's seed, in layer order, biases zero.
     * Parse one with {@code org.initlab.init.Initializers.parse}.
     */
    non-sealed interface Catalog extends InitSpec {
    }

    /** A course scheme. */
    static InitSpec of(InitScheme scheme) {
        return new Course(scheme, 0.0);
    }
}
