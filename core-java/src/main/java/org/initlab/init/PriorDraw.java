package org.initlab.init;

import org.nd4j.shade.jackson.annotation.JsonCreator;
import org.nd4j.shade.jackson.annotation.JsonProperty;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;

/**
 * The draws of one earlier layer from the run's numpy stream: which initializer ({@link CatalogInit#describe()}) drew
 * them for which weight shape. Replaying them puts the stream where the next layer starts.
 */
public final class PriorDraw implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    @JsonProperty("init")
    private final String init;
    @JsonProperty("rows")
    private final int rows;
    @JsonProperty("cols")
    private final int cols;
    @JsonProperty("receptiveField")
    private final int receptiveField;

    @JsonCreator
    public PriorDraw(@JsonProperty("init") String init, @JsonProperty("rows") int rows,
                     @JsonProperty("cols") int cols, @JsonProperty("receptiveField") int receptiveField) {
        this.init = Objects.requireNonNull(init, "init");
        this.rows = rows;
        this.cols = cols;
        this.receptiveField = receptiveField;
    }

    PriorDraw(CatalogInit init, WeightShape shape) {
        this(init.describe(), shape.rows(), shape.cols(), shape.receptiveField());
    }

    /** The initializer's description, {@code NAME:key=value,…}. */
    public String init() {
        return init;
    }

    /** The weight shape it drew. */
    public WeightShape shape() {
        return new WeightShape(rows, cols, receptiveField);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PriorDraw p && p.init.equals(init) && p.rows == rows && p.cols == cols
                && p.receptiveField == receptiveField;
    }

    @Override
    public int hashCode() {
        return Objects.hash(init, rows, cols, receptiveField);
    }

    @Override
    public String toString() {
        return init + " " + shape();
    }
}
