package org.initlab.bench;

import org.initlab.experiment.Experiments;
import org.initlab.spec.ExperimentSpec;
import org.initlab.train.RunResult;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Runs each experiment on every side, each in a fresh process, {@code repeats} times, and summarizes each experiment
 * in a {@link Row}. Within a repeat the sides take turns in a fixed order, reversed on odd repeats, so that no side
 * always meets the machine in the state another left it.
 */
public final class Benchmark {
    private final InitLabRuns initlab;
    private final Peer numpy;
    private final Optional<TorchPeer> torch;
    private final Dl4jRuns dl4j;
    private final Path datasets;
    private final int repeats;
    private final PrintStream log;

    /**
     * @param torch    the PyTorch peer, if there is one
     * @param dl4j     how InitLab runs on DL4J's own {@code fit}, or null to leave it out
     * @param datasets the data folder the peers read
     * @param log      where each measurement is reported as it is made
     */
    public Benchmark(InitLabRuns initlab, Peer numpy, Optional<TorchPeer> torch, Dl4jRuns dl4j, Path datasets,
                     int repeats, PrintStream log) {
        if (repeats < 1) {
            throw new IllegalArgumentException("repeats must be positive: " + repeats);
        }
        this.initlab = initlab;
        this.numpy = numpy;
        this.torch = torch;
        this.dl4j = dl4j;
        this.datasets = datasets;
        this.repeats = repeats;
        this.log = log;
    }

    /** How InitLab runs on DL4J's {@code fit}: mini-batch experiments on at most {@code epochs} epochs, scaled. */
    public record Dl4jRuns(int epochs) {
        public Dl4jRuns {
            if (epochs < 1) {
                throw new IllegalArgumentException("epochs must be positive: " + epochs);
            }
        }

        /** The epochs DL4J trains {@code spec} for, when fewer than its own; 0 for all of them. */
        public int epochsFor(ExperimentSpec spec) {
            return spec.usesEpochs() && spec.epochs() > epochs ? epochs : 0;
        }
    }

    /** Measures every pairing in turn; {@code peak} sets the floor of each experiment's work. */
    public List<Row> run(List<Pairing> pairings, Peak peak) {
        List<Row> rows = new ArrayList<>();
        for (Pairing p : pairings) {
            List<Sample> samples = new ArrayList<>();
            Work work = null;
            for (int r = 0; r < repeats; r++) {
                Measured m = measure(p, r);
                samples.add(m.sample);
                if (work == null) {
                    RunResult w = m.warm;
                    work = Work.of(w.spec(), w.dataset().train().size(), w.dataset().test().size(), peak.gflops());
                }
            }
            rows.add(Row.of(p, samples).withWork(work));
        }
        return rows;
    }

    private record Measured(Sample sample, RunResult warm) {
    }

    /** One side's turn in a repeat. */
    private interface Turn {
        void take();
    }

    private Measured measure(Pairing p, int repeat) {
        Map<Side, Timing> times = new EnumMap<>(Side.class);
        InitLabRuns.FreshRun[] mine = new InitLabRuns.FreshRun[1];
        double[] process = new double[1];
        RunResult[] warm = new RunResult[1];
        PeerRun[] theirs = new PeerRun[1];
        List<Turn> turns = new ArrayList<>();
        turns.add(() -> mine[0] = initlab.fresh(p, List.of()));
        turns.add(() -> process[0] = initlab.process(p));
        turns.add(() -> warm[0] = initlab.warm(p));
        turns.add(() -> {
            theirs[0] = numpy.run(p);
            times.put(Side.NUMPY, new Timing(theirs[0].trainingSeconds(), theirs[0].processSeconds()));
        });
        torch.filter(t -> p.hasTorch()).ifPresent(t -> turns.add(() -> {
            PeerRun run = t.run(p, datasets);
            times.put(Side.TORCH, new Timing(run.trainingSeconds(), run.processSeconds()));
        }));
        if (dl4j != null) {
            turns.add(() -> times.put(Side.DL4J, dl4j(p)));
        }
        if (repeat % 2 == 1) {
            java.util.Collections.reverse(turns);
        }
        turns.forEach(Turn::take);
        times.put(Side.INITLAB, new Timing(mine[0].trainingSeconds(), process[0]));
        CourseNumbers numbers = mine[0].numbers();
        CourseNumbers peer = theirs[0].output().numbers();
        double difference = numbers.maxRelativeDifference(peer);
        Sample s = new Sample(times, warm[0].trainingSeconds(), difference,
                numbers.agreeingPrefix(peer, Row.AGREEMENT_TOLERANCE), numbers.count());
        log.printf(Locale.ROOT, "%s [%d/%d]: training %s; whole process %s; InitLab warm %s s; max rel diff %s, "
                        + "agreeing %d/%d%n", p.name(), repeat + 1, repeats, each(times, true), each(times, false),
                Table.seconds(s.initlabWarm()), Table.difference(difference), s.agreeing(), s.compared());
        log.flush();
        return new Measured(s, warm[0]);
    }

    /** InitLab on DL4J's {@code fit} in a fresh process; an MNIST arm on fewer epochs, its time scaled. */
    private Timing dl4j(Pairing p) {
        ExperimentSpec spec = Experiments.get(p.name());
        int epochs = dl4j.epochsFor(spec);
        List<String> args = new ArrayList<>(List.of("--engine", "dl4j"));
        if (epochs > 0) {
            args.addAll(List.of("--epochs", Integer.toString(epochs)));
        }
        InitLabRuns.FreshRun run = initlab.fresh(p, args);
        double scale = epochs > 0 ? (double) spec.epochs() / epochs : 1.0;
        return new Timing(run.trainingSeconds() * scale, epochs > 0 ? Double.NaN : run.processSeconds());
    }

    private static String each(Map<Side, Timing> times, boolean training) {
        List<String> parts = new ArrayList<>();
        for (Side s : Side.values()) {
            Timing t = times.get(s);
            double v = t == null ? Double.NaN : training ? t.training() : t.process();
            if (!Double.isNaN(v)) {
                parts.add(s.label() + " " + Table.seconds(v) + " s");
            }
        }
        return String.join(", ", parts);
    }
}
