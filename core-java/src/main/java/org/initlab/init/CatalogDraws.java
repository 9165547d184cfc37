package org.initlab.init;

import org.initlab.numpy.NumpyRandomState;
import org.initlab.spec.InitSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * A catalogue initializer on the course's dense network {@code [n0, n1, …, nL]}: numpy's stream seeded once with the
 * run's seed, layer {@code l}'s weights {@code W[l]} of shape {@code (n_l, n_{l-1})} drawn in layer order, biases 0.
 * It gives each layer's positioned DL4J initializer ({@link #weightInit}) and the same values as plain arrays
 * ({@link #weights}, drawn without ND4J), so that a fast engine and DL4J start from the same bits; and the stream where
 * training continues it ({@link #streamAfter}).
 */
public final class CatalogDraws {
    private final InitSpec.Catalog init;
    private final CatalogInit base;
    private final List<WeightShape> shapes;
    private final List<StreamPosition> positions;
    private double[][] values;

    private CatalogDraws(InitSpec.Catalog init, List<Integer> layers, long seed) {
        this.init = init;
        this.base = init instanceof FittedLsuv f ? f.lsuv() : (CatalogInit) init;
        int depth = layers.size() - 1;
        if (init instanceof FittedLsuv f && f.layers().size() != depth) {
            throw new IllegalArgumentException("LSUV fitted to " + f.layers().size() + " layers; the network has "
                    + depth);
        }
        this.shapes = new ArrayList<>(depth);
        this.positions = new ArrayList<>(depth);
        StreamPosition at = StreamPosition.start(seed);
        for (int l = 0; l < depth; l++) {
            WeightShape shape = WeightShape.dense(layers.get(l), layers.get(l + 1));
            shapes.add(shape);
            positions.add(at);
            at = at.after(base, shape);
        }
    }

    /** The draws of {@code init} for layer sizes {@code layers}, input first, from the stream seeded with {@code seed}. */
    public static CatalogDraws of(InitSpec.Catalog init, List<Integer> layers, long seed) {
        return new CatalogDraws(init, layers, seed);
    }

    /** Layer {@code layer}'s (0-based) DL4J initializer, positioned in the stream (and fitted, for LSUV). */
    public CatalogInit weightInit(int layer) {
        requireFitted();
        if (init instanceof FittedLsuv f) {
            return f.layer(layer, positions.get(layer));
        }
        return base.at(positions.get(layer));
    }

    /**
     * Layer {@code layer}'s (0-based) weights as numpy's {@code W[layer+1]} of shape {@code (n_l, n_{l-1})} in C order
     * — which is also DL4J's {@code [nIn, nOut]} parameter flattened in 'f' order. All layers are drawn at the first
     * call, in one pass over the stream.
     */
    public synchronized double[] weights(int layer) {
        requireFitted();
        if (values == null) {
            NumpyRandomState rng = StreamPosition.start(positions.get(0).seed()).open();
            double[][] all = new double[shapes.size()][];
            for (int l = 0; l < shapes.size(); l++) {
                all[l] = weightInit(l).weights(rng, shapes.get(l));
            }
            values = all;
        }
        return values[layer].clone();
    }

    /** The run's stream after the initializer's draws: mini-batch shuffles and fresh dropout masks continue it. */
    public NumpyRandomState streamAfter() {
        NumpyRandomState rng = positions.get(0).open();
        for (WeightShape s : shapes) {
            base.skip(rng, s);
        }
        return rng;
    }

    /**
     * Where {@link #streamAfter} starts, as a position that travels in a configuration (DL4J's JSON) and opens to the
     * same stream: the seed and every layer's draws.
     */
    public StreamPosition positionAfter() {
        int last = shapes.size() - 1;
        return positions.get(last).after(base, shapes.get(last));
    }

    private void requireFitted() {
        if (base instanceof Lsuv && !(init instanceof FittedLsuv)) {
            throw new InitSpecException(base.describe(), "LSUV is fitted to the training examples when a run starts "
                    + "(Trainer.run) or with LsuvFit; it has no values before");
        }
    }
}
