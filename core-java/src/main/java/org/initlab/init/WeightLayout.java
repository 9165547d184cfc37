package org.initlab.init;

/**
 * In which numpy shape a layer's weights are drawn from the stream, and so which weight each draw becomes. DL4J
 * stores a layer's weights as {@code [nIn, nOut]} in 'f' order.
 */
public enum WeightLayout {
    /**
     * The course: {@code W = randn(n_out, n_in)} in C order. Draw {@code k} is {@code W[o, i]} with
     * {@code k = o·n_in + i}, which is exactly position {@code k} of DL4J's flat 'f'-order {@code [nIn, nOut]} view.
     */
    OUTPUT_MAJOR,
    /**
     * Nielsen's numpy peer (E5): {@code W = randn(n_in, n_out)} in C order; draw {@code k = i·n_out + o} is the
     * weight from input {@code i} to unit {@code o}.
     */
    INPUT_MAJOR;

    /** The position in DL4J's flat 'f'-order {@code [nIn, nOut]} view of draw number {@code k}. */
    int viewIndex(int k, int nIn, int nOut) {
        if (this == OUTPUT_MAJOR) {
            return k;
        }
        int i = k / nOut;
        int o = k % nOut;
        return i + nIn * o;
    }
}
