package org.initlab.init;

import org.initlab.numpy.NumpyRandomState;
import org.nd4j.shade.jackson.annotation.JsonCreator;
import org.nd4j.shade.jackson.annotation.JsonProperty;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a layer's draws start in the run's numpy stream: {@code np.random.seed(seed)}, then the draws of the layers
 * before it ({@link PriorDraw}s, in order). The position travels inside each layer's initializer because DL4J gives
 * every layer its own copy of it (after a clone, a JSON round trip or {@code ModelSerializer}); opening it replays the
 * earlier layers' draws, so every layer continues the one stream the reference draws from.
 */
public final class StreamPosition implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    @JsonProperty("seed")
    private final long seed;
    @JsonProperty("before")
    private final List<PriorDraw> before;

    @JsonCreator
    public StreamPosition(@JsonProperty("seed") long seed, @JsonProperty("before") List<PriorDraw> before) {
        if (seed < 0 || seed > NumpyRandomState.MAX_SEED) {
            throw new IllegalArgumentException("seed " + seed + ": must be between 0 and 2^32 - 1");
        }
        this.seed = seed;
        this.before = before == null ? List.of() : List.copyOf(before);
    }

    /** The start of the stream seeded with {@code seed}: what the first layer draws from. */
    public static StreamPosition start(long seed) {
        return new StreamPosition(seed, List.of());
    }

    /** The seed of the stream. */
    public long seed() {
        return seed;
    }

    /** The earlier layers' draws, in order. */
    public List<PriorDraw> before() {
        return before;
    }

    /** The position after {@code init} has drawn weights of {@code shape} from here. */
    public StreamPosition after(CatalogInit init, WeightShape shape) {
        List<PriorDraw> next = new ArrayList<>(before);
        next.add(new PriorDraw(init, shape));
        return new StreamPosition(seed, next);
    }

    /** A generator in the state this position describes: seeded, with the earlier layers' draws replayed. */
    public NumpyRandomState open() {
        NumpyRandomState rng = new NumpyRandomState(seed);
        for (PriorDraw d : before) {
            Catalog.parse(d.init()).skip(rng, d.shape());
        }
        return rng;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StreamPosition p && p.seed == seed && p.before.equals(before);
    }

    @Override
    public int hashCode() {
        return Objects.hash(seed, before);
    }

    @Override
    public String toString() {
        return "seed " + seed + (before.isEmpty() ? "" : " after " + before);
    }
}
