package org.initlab.init;

import org.initlab.numpy.NumpyRandomState;
import org.initlab.numpy.PyFloat;
import org.initlab.spec.ExperimentSpec;
import org.initlab.spec.InitScheme;
import org.initlab.spec.InitSpec;

/**
 * The initial parameters of a course initializer as plain arrays, drawn from numpy's stream exactly as the network's
 * {@link NumpyStreamInit}s and {@link CourseNetworks#build} draw them, without starting ND4J; likewise for an
 * initializer of the catalogue ({@link CatalogDraws}, biases zero). A fast engine can
 * start training from these while the DL4J network is built only when someone asks for it.
 *
 * <p>Weights come in DL4J's arrangement: layer {@code l}'s (0-based) parameter {@code "l_W"} of shape
 * {@code [nIn, nOut]} flattened in 'f' order, so the course's {@code W[j,k]} (unit {@code j}, input {@code k}) is
 * at {@code k + nIn·j}.
 */
public final class InitialValues {
    private final ExperimentSpec spec;
    private final InitSpec.Course init;
    private final CatalogDraws catalog;
    private final DrawPlan plan;

    private InitialValues(ExperimentSpec spec, InitSpec.Course init, CatalogDraws catalog) {
        this.spec = spec;
        this.init = init;
        this.catalog = catalog;
        this.plan = DrawPlan.of(spec);
    }

    /**
     * Whether {@code spec}'s initial values can be drawn here: true for every course scheme and catalogue
     * initializer, false for a user's own.
     */
    public static boolean available(ExperimentSpec spec) {
        return spec.init() instanceof InitSpec.Course || spec.init() instanceof InitSpec.Catalog;
    }

    /** The initial values of {@code spec}. @throws IllegalArgumentException for a user's own initializer */
    public static InitialValues of(ExperimentSpec spec) {
        if (spec.init() instanceof InitSpec.Catalog c) {
            return new InitialValues(spec, null, CatalogDraws.of(c, spec.layers(), spec.seed()));
        }
        if (!(spec.init() instanceof InitSpec.Course c)) {
            throw new IllegalArgumentException(spec.init() + " is a user's initializer; only DL4J can draw it");
        }
        return new InitialValues(spec, c, null);
    }

    /** Layer {@code layer}'s (0-based) weights, in DL4J's 'f'-order {@code [nIn, nOut]} arrangement. */
    public double[] weights(int layer) {
        if (catalog != null) {
            return catalog.weights(layer);
        }
        int nIn = spec.layers().get(layer);
        int nOut = spec.layers().get(layer + 1);
        InitScheme scheme = init.scheme();
        return draw(spec.seed(), plan.weightStart(layer), scheme, init.sigma(), layout(scheme), nIn, nOut);
    }

    /** Layer {@code layer}'s (0-based) biases: numpy's Gaussians for {@code nielsen} and {@code large}, else zeros. */
    public double[] biases(int layer) {
        int nOut = spec.layers().get(layer + 1);
        if (catalog != null || !init.scheme().randomBiases()) {
            return new double[nOut];
        }
        NumpyRandomState s = new NumpyRandomState(spec.seed());
        s.skipGaussians(plan.biasStart(layer));
        return s.randn(nOut);
    }

    /**
     * The parameters as the reference {@code init_catalog.py} prints them, which is Python's {@code json.dumps} of
     * numpy's {@code tolist()}: {@code {"W1": [[a, b], …], "b1": [[0.0], …], …}} on one line, {@code W[l]} of shape
     * {@code (n_l, n_{l-1})} and {@code b[l]} of shape {@code (n_l, 1)}, {@code ", "} and {@code ": "} between items,
     * numbers in Python's shortest form ({@link PyFloat}), and a newline at the end.
     */
    public String numpyJson() {
        StringBuilder out = new StringBuilder("{");
        for (int l = 0; l < spec.depth(); l++) {
            int nIn = spec.layers().get(l);
            int nOut = spec.layers().get(l + 1);
            double[] w = weights(l);
            double[] b = biases(l);
            if (l > 0) {
                out.append(", ");
            }
            out.append("\"W").append(l + 1).append("\": [");
            for (int j = 0; j < nOut; j++) {
                out.append(j == 0 ? "[" : ", [");
                for (int k = 0; k < nIn; k++) {
                    out.append(k == 0 ? "" : ", ").append(PyFloat.repr(w[j * nIn + k]));
                }
                out.append("]");
            }
            out.append("], \"b").append(l + 1).append("\": [");
            for (int j = 0; j < nOut; j++) {
                out.append(j == 0 ? "[" : ", [").append(PyFloat.repr(b[j])).append("]");
            }
            out.append("]");
        }
        return out.append("}\n").toString();
    }

    /** Which weight each draw of {@code scheme} becomes. */
    public static WeightLayout layout(InitScheme scheme) {
        return scheme.inputMajor() ? WeightLayout.INPUT_MAJOR : WeightLayout.OUTPUT_MAJOR;
    }

    /**
     * {@code nIn·nOut} weights of {@code scheme} from numpy's stream seeded with {@code seed}, after {@code skip}
     * Gaussians, in DL4J's 'f'-order {@code [nIn, nOut]} arrangement.
     */
    static double[] draw(long seed, long skip, InitScheme scheme, double sigma, WeightLayout layout, int nIn,
                         int nOut) {
        int n = Math.multiplyExact(nIn, nOut);
        double[] values = new double[n];
        if (!scheme.draws()) {
            return values;
        }
        NumpyRandomState stream = new NumpyRandomState(seed);
        stream.skipGaussians(skip);
        for (int k = 0; k < n; k++) {
            values[layout.viewIndex(k, nIn, nOut)] = scheme.scale(stream.randn(), nIn, sigma);
        }
        return values;
    }
}
