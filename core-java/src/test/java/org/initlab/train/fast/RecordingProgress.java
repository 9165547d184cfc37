package org.initlab.train.fast;

import org.initlab.train.Predictor;
import org.initlab.train.Progress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** A {@link Progress} that keeps what an engine reports. */
final class RecordingProgress implements Progress {
    final Map<Long, Double> costs = new LinkedHashMap<>();
    final List<Integer> epochs = new ArrayList<>();
    long steps;
    long lastDone;
    long lastTotal;
    private final Consumer<Predictor> onEpoch;

    RecordingProgress() {
        this(model -> { });
    }

    RecordingProgress(Consumer<Predictor> onEpoch) {
        this.onEpoch = onEpoch;
    }

    @Override
    public void cost(long iteration, double cost) {
        costs.put(iteration, cost);
    }

    @Override
    public void epochEnd(int epoch, Predictor model) {
        epochs.add(epoch);
        onEpoch.accept(model);
    }

    @Override
    public void step(long done, long total) {
        steps++;
        lastDone = done;
        lastTotal = total;
    }
}
