package org.initlab.train.fast;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.initlab.data.Split;
import org.initlab.init.DrawPlan;
import org.initlab.init.InitialValues;
import org.initlab.numpy.NumpyRandomState;
import org.initlab.spec.DropoutMode;
import org.initlab.spec.ExperimentSpec;
import org.initlab.train.DivergedException;
import org.initlab.train.Progress;

import java.util.function.Consumer;

/**
 * Trains a DL4J network with the course's arithmetic on plain arrays: reads its parameters, runs the schedule of the
 * specification and writes the result back into the same network.
 *
 * <ul>
 *   <li>Full batch ({@code iterations}): every iteration is a forward pass, the cost when it is reported, the
 *       backward pass and the update, on all {@code m} examples in their order.</li>
 *   <li>Mini-batch ({@code epochs}): each epoch draws {@code perm = np.random.permutation(n)} from the run's stream
 *       and steps through {@code perm[s·b : (s+1)·b]} (the last batch may be smaller); iterations count steps over
 *       all epochs.</li>
 * </ul>
 * The cost of iteration {@code t} is that of its forward pass, before its update, reported when
 * {@code t % printEvery == 0} or {@code t % recordEvery == 0} ({@link ExperimentSpec#recordsAt}). Parameters that
 * become NaN or infinite stop training with a {@link DivergedException} for that iteration, naming the first such
 * array in layer order ({@code W1, b1, W2, …}), after they have been written to the network; an infinite cost with
 * finite parameters goes on.
 */
public final class FastTraining {
    /** Copies examples into arrays of one example each. */
    private static final Layout ROWS = new RowLayout();

    private FastTraining() {
    }

    /**
     * Trains {@code net} as {@code spec} says on {@code train}.
     *
     * @throws IllegalArgumentException when {@code net} or {@code train} does not have {@code spec}'s shape
     * @throws DivergedException        when parameters become NaN or infinite
     */
    public static void train(ExperimentSpec spec, Split train, MultiLayerNetwork net, Progress progress) {
        train(spec, train, net, progress, null);
    }

    /** As {@link #train(ExperimentSpec, Split, MultiLayerNetwork, Progress)}, in layout {@code forced} if not null. */
    static void train(ExperimentSpec spec, Split train, MultiLayerNetwork net, Progress progress, LayoutKind forced) {
        run(spec, train, progress, forced, (sizes, layout) -> Parameters.read(net, sizes, layout), p -> p.write(net));
    }

    /**
     * Trains {@code spec}'s network from the initial values of its course initializer ({@link InitialValues}),
     * without building a DL4J network; the result can fill one later ({@link FastNetwork#writeTo}).
     *
     * @throws IllegalArgumentException when {@code spec} has a user's own initializer or {@code train} does not fit
     * @throws DivergedException        when parameters become NaN or infinite
     */
    public static FastNetwork train(ExperimentSpec spec, Split train, Progress progress) {
        return run(spec, train, progress, null, (sizes, layout) -> Parameters.initial(spec, sizes, layout), null);
    }

    /** Where training starts: the parameters for layer sizes {@code sizes} in {@code layout}. */
    @FunctionalInterface
    private interface Start {
        Parameters parameters(int[] sizes, Layout layout);
    }

    /** Trains from {@code start}, handing the parameters to {@code finish} (if not null) however training ends. */
    private static FastNetwork run(ExperimentSpec spec, Split train, Progress progress, LayoutKind forced, Start start,
                                   Consumer<Parameters> finish) {
        int[] sizes = spec.layers().stream().mapToInt(Integer::intValue).toArray();
        int m = train.size();
        if (m == 0) {
            throw new IllegalArgumentException("no training examples");
        }
        if (train.x().cols() != sizes[0] || train.y().cols() != sizes[sizes.length - 1]) {
            throw new IllegalArgumentException("the data has " + train.x().cols() + " inputs and "
                    + train.y().cols() + " outputs; the network " + sizes[0] + " and " + sizes[sizes.length - 1]);
        }
        int batch = spec.usesEpochs() && spec.batchSize() > 0 ? Math.min(spec.batchSize(), m) : m;
        LayoutKind kind = forced != null ? forced : LayoutKind.forBatch(batch);
        try (Parallel parallel = Parallel.perCore()) {
            Layout layout = kind.create(parallel);
            Parameters p = start.parameters(sizes, layout);
            Run run = new Run(spec, train, p, layout, kind, batch, progress);
            try {
                if (spec.usesEpochs()) {
                    run.epochs();
                } else {
                    run.iterations();
                }
            } finally {
                run.finish();
                if (finish != null) {
                    finish.accept(p);
                }
            }
            return new FastNetwork(spec, p, kind);
        }
    }

    /** One training run's state: data in the layout, buffers, masks and the run's stream. */
    private static final class Run {
        private final ExperimentSpec spec;
        private final Split train;
        private final Parameters p;
        private final Layout layout;
        private final LayoutKind kind;
        private final int batch;
        private final Progress progress;
        private final Propagation prop;
        private final NumpyRandomState stream;
        private final DropoutMasks masks;
        private final int n0;
        private final int nL;

        Run(ExperimentSpec spec, Split train, Parameters p, Layout layout, LayoutKind kind, int batch,
            Progress progress) {
            this.spec = spec;
            this.train = train;
            this.p = p;
            this.layout = layout;
            this.kind = kind;
            this.batch = batch;
            this.progress = progress;
            this.prop = new Propagation(spec, layout, p, batch, train.size());
            this.n0 = p.sizes[0];
            this.nL = p.sizes[p.depth()];
            boolean fresh = spec.usesDropout() && spec.dropoutMode() == DropoutMode.FRESH;
            this.stream = spec.usesEpochs() || fresh ? DrawPlan.runStream(spec) : null;
            this.masks = spec.usesDropout() && p.depth() > 1
                    ? new DropoutMasks(spec.keepProb(), spec.dropoutMode(), p.sizes, stream, layout, batch)
                    : null;
        }

        void iterations() {
            int m = train.size();
            SparseInput sparse = sparse(m);
            double[][] x = sparse != null ? null : layout.allocate(n0, m);
            double[][] y = layout.allocate(nL, m);
            if (x != null) {
                layout.load(train.x().data(), n0, null, 0, m, x);
            }
            layout.load(train.y().data(), nL, null, 0, m, y);
            double[][] xRows = null;
            if (kind == LayoutKind.COLUMN) {
                xRows = new double[m][n0];
                ROWS.load(train.x().data(), n0, null, 0, m, xRows);
            }
            long total = spec.iterations();
            int n1 = p.sizes[1];
            if (kind == LayoutKind.COLUMN && spec.lambda() == 0.0 && GramInput.pays(n0, n1, m, total)) {
                prop.useGram(new GramInput((ColumnLayout) layout, x, xRows, p.w[1], n0, n1, m));
            }
            prop.select(null, 0);
            for (long t = 0; t < total; t++) {
                step(t, x, xRows, y, m);
                progress.step(t + 1, total);
            }
        }

        /** Brings the parameters up to date once training has ended, normally or not. */
        void finish() {
            prop.finish();
        }

        void epochs() {
            int m = train.size();
            int steps = (m + batch - 1) / batch;
            SparseInput sparse = sparse(m);
            double[][] x = sparse != null ? null : layout.allocate(n0, batch);
            double[][] y = layout.allocate(nL, batch);
            double[][] xRows = kind == LayoutKind.COLUMN ? new double[batch][n0] : null;
            FastNetwork model = new FastNetwork(spec, p, kind, true);
            long total = (long) spec.epochs() * steps;
            long t = 0;
            for (int epoch = 0; epoch < spec.epochs(); epoch++) {
                int[] perm = stream.permutation(m);
                for (int s = 0; s < steps; s++) {
                    int from = s * batch;
                    int size = Math.min(batch, m - from);
                    if (x != null) {
                        layout.load(train.x().data(), n0, perm, from, size, x);
                    } else {
                        prop.select(perm, from);
                    }
                    layout.load(train.y().data(), nL, perm, from, size, y);
                    if (xRows != null) {
                        ROWS.load(train.x().data(), n0, perm, from, size, xRows);
                    }
                    step(t, x, xRows, y, size);
                    t++;
                    progress.step(t, total);
                }
                progress.epochEnd(epoch, model);
            }
            model.endTraining();
        }

        /**
         * The training inputs as {@link SparseInput}, handed to the propagation, when the row layout runs and at most
         * half of them are non-zero (as MNIST's blank pixels make them); null otherwise.
         */
        private SparseInput sparse(int m) {
            if (kind != LayoutKind.ROW) {
                return null;
            }
            SparseInput sparse = SparseInput.of(train.x().data(), 0, m, n0);
            if (sparse != null) {
                prop.useSparse(sparse);
            }
            return sparse;
        }

        private void step(long t, double[][] x, double[][] xRows, double[][] y, int m) {
            double[][][] d = masks == null ? null : masks.next(m);
            prop.forward(x, m, d);
            if (spec.recordsAt(t)) {
                progress.cost(t, prop.cost(y, m));
            }
            prop.backwardAndUpdate(x, xRows, y, m, d);
            if (!prop.updatedFinite()) {
                prop.finish();
                throw new DivergedException(t, p.firstNonFinite());
            }
        }
    }
}
