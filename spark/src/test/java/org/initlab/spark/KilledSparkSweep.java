package org.initlab.spark;

import org.initlab.init.Initializers;
import org.initlab.spec.Axis;
import org.initlab.spec.ExperimentSpec;
import org.initlab.spec.SweepSpec;
import org.initlab.sweep.RunRecord;
import org.initlab.sweep.SweepData;
import org.initlab.sweep.SweepExecutor;
import org.initlab.sweep.SweepExecutors;
import org.initlab.sweep.SweepFolder;
import org.initlab.sweep.SweepListener;
import org.initlab.sweep.SweepPlan;
import org.initlab.sweep.Sweeps;

import java.nio.file.Path;

/**
 * A sweep on Spark {@code local[2]} into the folder {@code args[0]} that stops handing records over after
 * {@code args[1]} of them were written, says so on stdout and waits there, Spark's tasks still running, to be killed.
 */
final class KilledSparkSweep {
    static final ExperimentSpec BASE = ExperimentSpec.builder().iterations(300).recordEvery(50).build();

    private KilledSparkSweep() {
    }

    static SweepSpec spec() {
        return SweepSpec.builder("killed", BASE)
                .axis(Axis.init(Initializers.parse("he"), Initializers.parse("zeros"), Initializers.parse("xavier")))
                .axis(Axis.learningRate(0.01, 0.3))
                .seeds(1, 2, 3)
                .build();
    }

    public static void main(String[] args) throws InterruptedException {
        int stopAfter = Integer.parseInt(args[1]);
        SweepPlan plan = SweepPlan.of(spec(), new SweepData());
        SweepFolder folder = SweepFolder.open(Path.of(args[0]), "out", plan);
        SweepExecutor spark = SweepExecutors.provider("spark").orElseThrow().open("local[2]");
        Sweeps.run(plan, spark, folder, new SweepListener() {
            @Override
            public void finished(RunRecord record, int done, int runs) {
                if (done == stopAfter) {
                    System.out.println("recorded " + done);
                    System.out.flush();
                    try {
                        Thread.sleep(Long.MAX_VALUE);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        });
    }
}
