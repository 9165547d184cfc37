package org.initlab.train.fast;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.initlab.spec.ExperimentSpec;
import org.initlab.train.DivergedException;
import org.initlab.train.FastEngine;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Parameters that overflow stop training with the iteration and the first array that broke. */
class FastEngineDivergenceTest {
    @Test
    void overflowingWeightsStopTrainingAtThatIteration() {
        NumpyCase c = NumpyCase.named("relu_fresh_dropout");
        MultiLayerNetwork net = c.network();
        ExperimentSpec spec = c.spec().toBuilder().keepProb(1.0).learningRate(1e306).iterations(100).printEvery(1)
                .build();
        RecordingProgress progress = new RecordingProgress();

        DivergedException e = assertThrows(DivergedException.class,
                () -> new FastEngine().train(spec, c.data(), net, progress));

        assertEquals(progress.costs.size() - 1, e.iteration(), "the iteration whose update broke the parameters");
        assertTrue(e.getMessage().matches(".*iteration " + e.iteration() + ": [Wb][123] became NaN or infinite"),
                e.getMessage());
        assertTrue(Arrays.stream(net.params().toDoubleVector()).anyMatch(v -> !Double.isFinite(v)),
                "the network holds the parameters as they were when training stopped");
    }
}
