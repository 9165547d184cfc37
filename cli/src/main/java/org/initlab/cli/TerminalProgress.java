package org.initlab.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.initlab.train.Predictor;
import org.initlab.train.Progress;

/**
 * A progress bar on stderr for long runs, shown only when InitLab talks to a terminal (never in pipes, files or
 * CI logs); every other report goes on to the wrapped progress unchanged.
 */
final class TerminalProgress implements Progress, AutoCloseable {
    private final Progress next;
    private final String task;
    private ProgressBar bar;

    private TerminalProgress(Progress next, String task) {
        this.next = next;
        this.task = task;
    }

    /** {@code next} with a bar named {@code task} when stderr is a terminal, else {@code next} itself. */
    static Progress wrap(Progress next, String task) {
        return System.console() != null ? new TerminalProgress(next, task) : next;
    }

    /** Closes the bar of {@code p} if it has one. */
    static void close(Progress p) {
        if (p instanceof TerminalProgress t) {
            t.close();
        }
    }

    @Override
    public void cost(long iteration, double cost) {
        clearLine();
        next.cost(iteration, cost);
    }

    @Override
    public void epochEnd(int epoch, Predictor model) {
        next.epochEnd(epoch, model);
    }

    @Override
    public void epochAccuracy(int epoch, int correct, int total) {
        clearLine();
        next.epochAccuracy(epoch, correct, total);
    }

    @Override
    public void step(long done, long total) {
        if (bar == null) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(250).continuousUpdate().build();
        }
        bar.stepTo(done);
        next.step(done, total);
    }

    private void clearLine() {
        if (bar != null) {
            System.err.print("\r\033[K");
            System.err.flush();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
