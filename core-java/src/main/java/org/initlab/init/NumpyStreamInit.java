package org.initlab.init;

import org.deeplearning4j.nn.weights.IWeightInit;
import org.initlab.spec.InitScheme;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Objects;

/**
 * One layer's weights from numpy's legacy stream, exactly as the course draws them: {@code np.random.seed(seed)},
 * {@code skip} Gaussians drawn by the layers before this one, then {@code n_in·n_out} Gaussians {@code g}, each
 * becoming {@link InitScheme#scale(double, int, double) scheme.scale(g, n_in, sigma)}:
 * <ul>
 *   <li>{@code random}: {@code W = randn · 10} (deeplearning.ai, "Initialization" notebook);</li>
 *   <li>{@code he}: {@code W ~ N(0, 2/n_in)}, {@code randn · sqrt(2/n_in)} (He et al. 2015; same notebook);</li>
 *   <li>{@code xavier}: {@code W ~ N(0, 1/n_in)}, {@code randn / sqrt(n_in)} (the course's regularization and
 *       L-layer notebooks);</li>
 *   <li>{@code normal:SIGMA}: {@code W ~ N(0, SIGMA²)}, {@code randn · SIGMA};</li>
 *   <li>{@code nielsen}: {@code W ~ N(0, 1/n_in)}, {@code randn / sqrt(n_in)}; {@code large}: {@code W ~ N(0, 1)}
 *       (Nielsen, "Neural networks and deep learning", ch. 3 and ch. 1);</li>
 *   <li>{@code zeros}: {@code W = 0}, drawing nothing.</li>
 * </ul>
 * Which weight each draw becomes is the {@link WeightLayout}. The stream position travels in the initializer itself
 * ({@code seed}, {@code skip}) because DL4J gives each layer its own copy after a clone or a JSON round trip; the
 * network builder computes {@code skip} with {@link DrawPlan}. Random biases ({@code nielsen}, {@code large}) are not
 * an {@code IWeightInit}'s business in DL4J; {@link CourseNetworks#build} writes them after {@code net.init()}. A plain bean (no-argument constructor, properties,
 * value equality) so that it survives DL4J's JSON serialization.
 */
public final class NumpyStreamInit implements IWeightInit {
    private static final long serialVersionUID = 1L;

    private long seed;
    private long skip;
    private InitScheme scheme = InitScheme.ZEROS;
    private double sigma;
    private WeightLayout layout = WeightLayout.OUTPUT_MAJOR;

    public NumpyStreamInit() {
    }

    public NumpyStreamInit(long seed, long skip, InitScheme scheme, double sigma, WeightLayout layout) {
        this.seed = seed;
        this.skip = skip;
        this.scheme = Objects.requireNonNull(scheme, "scheme");
        this.sigma = sigma;
        this.layout = Objects.requireNonNull(layout, "layout");
    }

    @Override
    public INDArray init(double fanIn, double fanOut, long[] shape, char order, INDArray paramView) {
        int nIn = Math.toIntExact(shape[0]);
        int nOut = Math.toIntExact(shape[1]);
        INDArray flat = paramView.reshape(paramView.length());
        if (!scheme.draws()) {
            flat.assign(0.0);
        } else {
            double[] values = InitialValues.draw(seed, skip, scheme, sigma, layout, nIn, nOut);
            flat.assign(Nd4j.createFromArray(values).castTo(paramView.dataType()));
        }
        return paramView.reshape(order, shape);
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

    public InitScheme getScheme() {
        return scheme;
    }

    public void setScheme(InitScheme scheme) {
        this.scheme = scheme;
    }

    public double getSigma() {
        return sigma;
    }

    public void setSigma(double sigma) {
        this.sigma = sigma;
    }

    public WeightLayout getLayout() {
        return layout;
    }

    public void setLayout(WeightLayout layout) {
        this.layout = layout;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NumpyStreamInit other && other.seed == seed && other.skip == skip
                && other.scheme == scheme && Double.compare(other.sigma, sigma) == 0 && other.layout == layout;
    }

    @Override
    public int hashCode() {
        return Objects.hash(seed, skip, scheme, sigma, layout);
    }

    @Override
    public String toString() {
        return "NumpyStreamInit(" + scheme.id() + ", seed " + seed + ", skip " + skip + ", " + layout + ")";
    }
}
