package org.initlab.bench;

import org.initlab.train.RunResult;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs each experiment in InitLab and in the numpy peer, alternately, {@code repeats} times, and summarizes each
 * experiment in a {@link Row}. Even repeats start with InitLab and odd ones with the peer, so neither side always
 * meets the machine in the state the other left it.
 */
public final class Benchmark {
    private final InitLabRuns initlab;
    private final Peer peer;
    private final int repeats;
    private final PrintStream log;

    /** @param log where each measurement is reported as it is made */
    public Benchmark(InitLabRuns initlab, Peer peer, int repeats, PrintStream log) {
        if (repeats < 1) {
            throw new IllegalArgumentException("repeats must be positive: " + repeats);
        }
        this.initlab = initlab;
        this.peer = peer;
        this.repeats = repeats;
        this.log = log;
    }

    /** Measures every pairing in turn. */
    public List<Row> run(List<Pairing> pairings) {
        List<Row> rows = new ArrayList<>();
        for (Pairing p : pairings) {
            List<Sample> samples = new ArrayList<>();
            for (int r = 0; r < repeats; r++) {
                samples.add(measure(p, r));
            }
            rows.add(Row.of(p, samples));
        }
        return rows;
    }

    private Sample measure(Pairing p, int repeat) {
        RunResult result;
        double initlabProcess;
        PeerRun numpy;
        if (repeat % 2 == 0) {
            result = initlab.train(p);
            initlabProcess = initlab.process(p);
            numpy = peer.run(p);
        } else {
            numpy = peer.run(p);
            initlabProcess = initlab.process(p);
            result = initlab.train(p);
        }
        CourseNumbers mine = CourseNumbers.of(result);
        CourseNumbers theirs = numpy.output().numbers();
        double difference = mine.maxRelativeDifference(theirs);
        Sample s = new Sample(numpy.trainingSeconds(), result.trainingSeconds(), initlabProcess,
                numpy.processSeconds(), difference, mine.agreeingPrefix(theirs, Row.AGREEMENT_TOLERANCE),
                mine.count());
        log.printf(Locale.ROOT, "%s [%d/%d]: training InitLab %s s, numpy %s s; whole process InitLab %s s, "
                        + "numpy %s s; max rel diff %s, agreeing %d/%d%n", p.name(), repeat + 1, repeats,
                Table.seconds(s.initlabTraining()), Table.seconds(s.numpyTraining()), Table.seconds(initlabProcess),
                Table.seconds(s.numpyProcess()), Table.difference(difference), s.agreeing(), s.compared());
        log.flush();
        return s;
    }
}
