package org.initlab.train;

import org.initlab.data.Split;

import java.util.ArrayList;
import java.util.List;

/** Passes an engine's reports on and keeps what a {@link RunResult} needs: the costs and each epoch's test score. */
final class TrainingRecorder implements Progress {
    private final Progress next;
    private final Split test;
    final List<CostPoint> costs = new ArrayList<>();
    final List<Integer> testCorrectPerEpoch = new ArrayList<>();

    TrainingRecorder(Progress next, Split test) {
        this.next = next;
        this.test = test;
    }

    @Override
    public void cost(long iteration, double cost) {
        costs.add(new CostPoint(iteration, cost));
        next.cost(iteration, cost);
    }

    @Override
    public void epochEnd(int epoch, Predictor model) {
        int correct = Accuracy.correct(model, test);
        testCorrectPerEpoch.add(correct);
        next.epochEnd(epoch, model);
        next.epochAccuracy(epoch, correct, test.size());
    }

    @Override
    public void step(long done, long total) {
        next.step(done, total);
    }
}
