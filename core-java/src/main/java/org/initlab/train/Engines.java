package org.initlab.train;

import org.initlab.spec.ExperimentSpec;

/** Picks the engine that trains a specification, as its {@link ExperimentSpec#engine()} asks. */
public final class Engines {
    private Engines() {
    }

    /**
     * {@code dl4j}: DL4J's own {@code fit}; {@code fast} and {@code auto}: the fast engine. The fast engine runs every
     * specification InitLab can express with DL4J's numbers (to 1e-12): every activation, output and cost, L2 and
     * dropout in full-batch and mini-batch training, and a user's own initializer, whose values it reads from the
     * DL4J network. So {@code auto} has nothing to fall back from.
     */
    public static Engine select(ExperimentSpec spec) {
        return switch (spec.engine()) {
            case DL4J -> new Dl4jEngine();
            case AUTO, FAST -> new FastEngine();
        };
    }
}
