package org.initlab.train;

import org.initlab.data.Matrix;

/** Something that maps examples to outputs: a trained network, seen from the outside. */
@FunctionalInterface
public interface Predictor {
    /** The output activations for the examples {@code x} ({@code m × features} → {@code m × outputs}). */
    Matrix output(Matrix x);
}
