package org.initlab.spark;

import org.apache.spark.SimpleFutureAction;
import org.apache.spark.SparkContext;
import org.apache.spark.rdd.RDD;
import org.initlab.io.InitLabException;
import scala.collection.Iterator;
import scala.collection.JavaConverters;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;
import scala.runtime.AbstractFunction0;
import scala.runtime.AbstractFunction1;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * Runs independent work items as the tasks of one Spark job, one item to a partition so that Spark spreads them over
 * every task slot, and hands each result to the caller's thread as soon as its task finishes, not when the job ends:
 * a job that is stopped halfway has delivered everything that finished.
 */
final class SparkTasks {
    private SparkTasks() {
    }

    /** A function Spark ships to its executors. */
    @FunctionalInterface
    interface Work<T, R> extends Serializable {
        R apply(T item);
    }

    /**
     * Runs {@code work} on each of {@code items} on {@code sc}'s executors and calls {@code finished} on this thread
     * with each item and its result, in the order they finish. Returns when all have finished.
     *
     * @throws InitLabException the first failure of a task that is InitLab's own (bad input in an item, say), as
     *                          the task threw it
     * @throws SparkFailedException when Spark fails the job otherwise (a task failed too often, the cluster went away)
     */
    static <T extends Serializable, R extends Serializable> void run(SparkContext sc, List<T> items, Work<T, R> work,
                                                                     BiConsumer<T, R> finished) {
        if (items.isEmpty()) {
            return;
        }
        List<T> copy = List.copyOf(items);
        ClassTag<T> tag = ClassTag$.MODULE$.apply(Serializable.class);
        RDD<T> rdd = sc.parallelize(JavaConverters.asScalaBuffer(copy).toSeq(), copy.size(), tag);
        List<Object> partitions = new ArrayList<>();
        for (int i = 0; i < copy.size(); i++) {
            partitions.add(i);
        }
        BlockingQueue<Done<R>> done = new LinkedBlockingQueue<>();
        SimpleFutureAction<BoxedUnit> job = sc.submitJob(rdd, new Task<>(work),
                JavaConverters.asScalaBuffer(partitions).toSeq(), new Handler<>(done), new Unit());
        int delivered = 0;
        try {
            while (delivered < copy.size()) {
                Done<R> d = done.poll(200, TimeUnit.MILLISECONDS);
                if (d != null) {
                    finished.accept(copy.get(d.partition()), d.result());
                    delivered++;
                } else if (job.isCompleted()) {
                    failure(job);
                    // completed without failure: the last results are in the queue
                    Done<R> last;
                    while ((last = done.poll()) != null) {
                        finished.accept(copy.get(last.partition()), last.result());
                        delivered++;
                    }
                    if (delivered < copy.size()) {
                        throw new SparkFailedException("Spark finished the job with " + (copy.size() - delivered)
                                + " of its " + copy.size() + " results missing");
                    }
                }
            }
        } catch (InterruptedException e) {
            job.cancel();
            Thread.currentThread().interrupt();
            throw new SparkFailedException("interrupted: the runs in flight on Spark were cancelled", e);
        } catch (RuntimeException | Error e) {
            if (!job.isCompleted()) {
                job.cancel();
            }
            throw e;
        }
    }

    /** Throws the job's failure, if it failed: InitLab's own exception when a task threw one. */
    private static void failure(SimpleFutureAction<BoxedUnit> job) {
        scala.Option<scala.util.Try<BoxedUnit>> value = job.value();
        if (value.isEmpty() || value.get().isSuccess()) {
            return;
        }
        Throwable t = value.get().failed().get();
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof InitLabException e) {
                throw e;
            }
        }
        throw new SparkFailedException("Spark failed the job: " + firstLine(t.getMessage()), t);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    private record Done<R>(int partition, R result) {
    }

    /** A task: its partition's one item, worked. */
    private static final class Task<T, R> extends AbstractFunction1<Iterator<T>, R> implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Work<T, R> work;

        Task(Work<T, R> work) {
            this.work = work;
        }

        @Override
        public R apply(Iterator<T> partition) {
            T item = partition.next();
            if (partition.hasNext()) {
                throw new IllegalStateException("a partition holds more than one item");
            }
            return work.apply(item);
        }
    }

    /** On the driver, in Spark's scheduler thread: queues a finished task's result for the caller's thread. */
    private static final class Handler<R> extends AbstractFunction2<Object, R, BoxedUnit> {
        private final BlockingQueue<Done<R>> done;

        Handler(BlockingQueue<Done<R>> done) {
            this.done = done;
        }

        @Override
        public BoxedUnit apply(Object partition, R result) {
            done.add(new Done<>((Integer) partition, result));
            return BoxedUnit.UNIT;
        }
    }

    private static final class Unit extends AbstractFunction0<BoxedUnit> {
        @Override
        public BoxedUnit apply() {
            return BoxedUnit.UNIT;
        }
    }
}
