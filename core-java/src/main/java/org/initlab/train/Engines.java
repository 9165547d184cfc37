package org.initlab.train;

import org.initlab.io.InputException;
import org.initlab.spec.ExperimentSpec;

/** Picks the engine that trains a specification, as its {@code engine} field asks. */
public final class Engines {
    private Engines() {
    }

    /**
     * {@code auto}: the fast engine where it runs {@code spec} exactly, DL4J's otherwise; {@code dl4j}: DL4J's;
     * {@code fast}: the fast engine.
     *
     * @throws InputException for the fast engine on a specification the fast engine does not run
     */
    public static Engine select(ExperimentSpec spec) {
        Engine fast = new FastEngine();
        return switch (spec.engine()) {
            case DL4J -> new Dl4jEngine();
            case AUTO -> fast.supports(spec) ? fast : new Dl4jEngine();
            case FAST -> {
                if (!fast.supports(spec)) {
                    throw InputException.of("engine", "fast", "the fast engine does not run this experiment ("
                            + spec.name() + "); use {engine} dl4j or {engine} auto");
                }
                yield fast;
            }
        };
    }
}
