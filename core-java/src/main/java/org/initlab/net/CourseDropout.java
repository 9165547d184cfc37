package org.initlab.net;

import org.deeplearning4j.nn.conf.dropout.IDropout;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.initlab.init.StreamPosition;
import org.initlab.numpy.NumpyRandomState;
import org.initlab.spec.DropoutMode;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Objects;

/**
 * The course's inverted dropout on a hidden layer's output (deeplearning.ai, "Regularization" notebook):
 * {@code D = rand(A.shape) < keep_prob; A = A * D / keep_prob}, backward {@code dA = dA * D / keep_prob}, with
 * {@code A} in the course's shape {@code (units, m)}, so mask element (unit j, example i) is draw {@code j·m + i}.
 * DL4J applies an {@link IDropout} to a layer's input, so this sits on the layer after each hidden layer; DL4J
 * switches it off at inference.
 *
 * <p>Where the masks come from:
 * <ul>
 *   <li>{@link DropoutMode#FAITHFUL}: the course calls {@code np.random.seed(1)} at the start of every forward pass
 *       and draws {@code D1, D2, …} in layer order, so this layer's mask is the {@code rand} draws after
 *       {@code seed(1)} and the {@code unitsBefore · m} draws of the earlier layers' masks. It is the same in every
 *       pass and computed once per batch size.</li>
 *   <li>{@link DropoutMode#FRESH}: the run's stream continued (seeded with {@code seed}, after the {@code skip}
 *       Gaussians of a course initializer, or from the {@link StreamPosition} after the draws of an initializer of
 *       the catalogue), new masks every pass. The layers share the run's stream, attached with
 *       {@link #attachStream}; {@link CourseNetworks} and the engines do this. A copy that has none (after a JSON
 *       round trip) keeps its own copy of the stream and skips the other layers' draws ({@code unitsBefore · m}
 *       before its own, {@code unitsAfter · m} after), which reproduces the shared stream in full-batch training.</li>
 * </ul>
 */
public final class CourseDropout implements IDropout {
    private static final long serialVersionUID = 1L;

    /** The seed the course's forward pass re-seeds with. */
    public static final long FAITHFUL_SEED = 1;

    private double keepProb = 1.0;
    private DropoutMode mode = DropoutMode.FAITHFUL;
    private long unitsBefore;
    private long unitsAfter;
    private long seed;
    private long skip;
    private StreamPosition start;

    private transient NumpyRandomState stream;
    private transient boolean ownStream;
    private transient INDArray mask;
    private transient INDArray faithfulMask;

    public CourseDropout() {
    }

    /**
     * @param keepProb    probability of keeping a unit
     * @param mode        how masks are drawn
     * @param unitsBefore hidden units of the dropout layers whose masks are drawn before this one's
     * @param unitsAfter  hidden units of the dropout layers whose masks are drawn after this one's
     * @param seed        the run's seed (for {@link DropoutMode#FRESH})
     * @param skip        Gaussians the initializer drew from the run's stream (for {@link DropoutMode#FRESH})
     */
    public CourseDropout(double keepProb, DropoutMode mode, long unitsBefore, long unitsAfter, long seed, long skip) {
        this(keepProb, mode, unitsBefore, unitsAfter, seed, skip, null);
    }

    /**
     * As {@link #CourseDropout(double, DropoutMode, long, long, long, long)}, the run's stream starting at
     * {@code start} (after an initializer of the catalogue) rather than after {@code skip} Gaussians, when not null.
     */
    public CourseDropout(double keepProb, DropoutMode mode, long unitsBefore, long unitsAfter, long seed, long skip,
                         StreamPosition start) {
        this.keepProb = keepProb;
        this.mode = Objects.requireNonNull(mode, "mode");
        this.unitsBefore = unitsBefore;
        this.unitsAfter = unitsAfter;
        this.seed = seed;
        this.skip = skip;
        this.start = start;
    }

    /** Makes this layer draw its {@link DropoutMode#FRESH} masks from {@code runStream}, shared with the others. */
    public void attachStream(NumpyRandomState runStream) {
        this.stream = runStream;
        this.ownStream = false;
    }

    @Override
    public INDArray applyDropout(INDArray inputActivations, INDArray output, int iteration, int epoch,
                                 LayerWorkspaceMgr workspaceMgr) {
        if (inputActivations.rank() != 2) {
            throw new IllegalStateException("CourseDropout works on dense layers; got input of shape "
                    + java.util.Arrays.toString(inputActivations.shape()));
        }
        int m = Math.toIntExact(inputActivations.size(0));
        int units = Math.toIntExact(inputActivations.size(1));
        mask = mode == DropoutMode.FAITHFUL ? faithfulMask(m, units) : freshMask(m, units);
        output.assign(inputActivations).muli(mask).divi(keepProb);
        return output;
    }

    @Override
    public INDArray backprop(INDArray gradAtOutput, INDArray gradAtInput, int iteration, int epoch) {
        if (mask == null) {
            throw new IllegalStateException("CourseDropout.backprop without a forward pass");
        }
        gradAtInput.assign(gradAtOutput).muli(mask).divi(keepProb);
        return gradAtInput;
    }

    private INDArray faithfulMask(int m, int units) {
        if (faithfulMask == null || faithfulMask.size(0) != m || faithfulMask.size(1) != units) {
            NumpyRandomState s = new NumpyRandomState(FAITHFUL_SEED);
            skipRand(s, unitsBefore * m);
            faithfulMask = draw(s, m, units);
        }
        return faithfulMask;
    }

    private INDArray freshMask(int m, int units) {
        if (stream == null) {
            if (start != null) {
                stream = start.open();
            } else {
                stream = new NumpyRandomState(seed);
                stream.skipGaussians(skip);
            }
            ownStream = true;
        }
        if (ownStream) {
            skipRand(stream, unitsBefore * m);
        }
        INDArray d = draw(stream, m, units);
        if (ownStream) {
            skipRand(stream, unitsAfter * m);
        }
        return d;
    }

    private static void skipRand(NumpyRandomState s, long n) {
        for (long i = 0; i < n; i++) {
            s.rand();
        }
    }

    /** {@code rand(units, m) < keep_prob} in C order, as DL4J's {@code [m, units]}. */
    @SuppressWarnings("try") // the scope is opened for its effect: the mask outlives DL4J's workspace of this pass
    private INDArray draw(NumpyRandomState s, int m, int units) {
        double[] d = new double[Math.multiplyExact(m, units)];
        for (int k = 0; k < d.length; k++) {
            d[k] = s.rand() < keepProb ? 1.0 : 0.0;
        }
        try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            return Nd4j.createFromArray(d).reshape('c', units, m).transpose();
        }
    }

    @Override
    public void clear() {
        mask = null;
    }

    @Override
    public CourseDropout clone() {
        CourseDropout c = new CourseDropout(keepProb, mode, unitsBefore, unitsAfter, seed, skip, start);
        c.stream = stream;
        c.ownStream = ownStream;
        return c;
    }

    public double getKeepProb() {
        return keepProb;
    }

    public void setKeepProb(double keepProb) {
        this.keepProb = keepProb;
    }

    public DropoutMode getMode() {
        return mode;
    }

    public void setMode(DropoutMode mode) {
        this.mode = mode;
    }

    public long getUnitsBefore() {
        return unitsBefore;
    }

    public void setUnitsBefore(long unitsBefore) {
        this.unitsBefore = unitsBefore;
    }

    public long getUnitsAfter() {
        return unitsAfter;
    }

    public void setUnitsAfter(long unitsAfter) {
        this.unitsAfter = unitsAfter;
    }

    public long getSeed() {
        return seed;
    }

    public void setSeed(long seed) {
        this.seed = seed;
    }

    public long getSkip() {
        return skip;
    }

    public void setSkip(long skip) {
        this.skip = skip;
    }

    /** Where the run's stream starts after an initializer of the catalogue, or null (then {@link #getSkip()}). */
    public StreamPosition getStart() {
        return start;
    }

    public void setStart(StreamPosition start) {
        this.start = start;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CourseDropout d && Double.compare(d.keepProb, keepProb) == 0 && d.mode == mode
                && d.unitsBefore == unitsBefore && d.unitsAfter == unitsAfter && d.seed == seed && d.skip == skip
                && Objects.equals(d.start, start);
    }

    @Override
    public int hashCode() {
        return Objects.hash(keepProb, mode, unitsBefore, unitsAfter, seed, skip, start);
    }

    @Override
    public String toString() {
        return "CourseDropout(" + keepProb + ", " + mode.id() + ")";
    }
}
