package org.initlab.train;

import org.initlab.io.InitLabException;

/** Training stopped because parameters became NaN or infinite. An infinite cost with finite parameters is not this. */
public class DivergedException extends InitLabException {
    private static final long serialVersionUID = 1L;

    private final long iteration;

    public DivergedException(long iteration, String what) {
        super("training diverged at iteration " + iteration + ": " + what + " became NaN or infinite");
        this.iteration = iteration;
    }

    public long iteration() {
        return iteration;
    }
}
