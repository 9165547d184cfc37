package org.initlab.analysis;

/**
 * One parameter array of a network inside the flattened parameter vector θ, and how far its slice of the analytic
 * gradient and of the approximation disagree: {@code difference = ‖g_B − a_B‖₂ / (‖g_B‖₂ + ‖a_B‖₂)} over the block's
 * indices {@code [offset, offset + count)}.
 *
 * @param layer      the layer as the course numbers it, from 1 ({@code W1} is DL4J's layer 0)
 * @param param      the parameter's name in its layer, {@code W} or {@code b} for dense and output layers
 * @param key        DL4J's key in {@code paramTable()}, {@code "0_W"}
 * @param offset     the block's first index in {@code net.params()}
 * @param count      the number of parameters in the block
 * @param difference the block's own difference
 */
public record ParameterBlock(int layer, String param, String key, long offset, long count, double difference) {

    /** {@code layer 2 (W)}. */
    public String name() {
        return "layer " + layer + " (" + param + ")";
    }
}
