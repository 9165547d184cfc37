package org.initlab.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.TaskContext;
import org.initlab.io.InputException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SparkTasksTest {
    private static SparkContext sc;

    @BeforeAll
    static void start() {
        // two task threads; a failed task is tried up to 3 times, as on a cluster that lost an executor
        sc = new SparkContext(new SparkConf().setMaster("local[2,3]").setAppName("SparkTasksTest")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1"));
    }

    @AfterAll
    static void stop() {
        sc.stop();
    }

    @Test
    void eachResultIsHandedOverAsItsTaskFinishesOnTheCallersThread() {
        // item 0 waits until items 1..3 were handed over: it can finish only if results arrive before the job ends
        List<Integer> order = new ArrayList<>();
        Thread caller = Thread.currentThread();
        SparkTasks.run(sc, List.of(0, 1, 2, 3), new SlowFirst(), (item, result) -> {
            assertEquals(caller, Thread.currentThread());
            assertEquals(item * 10, result);
            order.add(item);
        });
        assertEquals(0, order.get(3), order.toString());
        assertEquals(List.of(0, 1, 2, 3), order.stream().sorted().toList());
    }

    @Test
    void aLostTaskIsRunAgainAndHandedOverOnce() {
        List<Integer> results = new ArrayList<>();
        SparkTasks.run(sc, List.of(1, 2, 3, 4), new FailsOnFirstAttempt(), (item, result) -> results.add(result));
        assertEquals(List.of(10, 20, 30, 40), results.stream().sorted().toList());
    }

    @Test
    void aTasksInputErrorIsThrownAsItselfAfterTheFinishedOnesWereHandedOver() {
        List<Integer> results = new ArrayList<>();
        InputException e = assertThrows(InputException.class,
                () -> SparkTasks.run(sc, List.of(1, 2, -1), new RejectsNegative(), (item, result) -> results.add(result)));
        assertEquals("hidden -1: must be positive", e.getMessage());
        assertTrue(results.size() <= 2, results.toString());
    }

    private static final class SlowFirst implements SparkTasks.Work<Integer, Integer> {
        private static final long serialVersionUID = 1L;

        @Override
        public Integer apply(Integer item) {
            if (item == 0) {
                try {
                    Thread.sleep(1500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return item * 10;
        }
    }

    private static final class FailsOnFirstAttempt implements SparkTasks.Work<Integer, Integer> {
        private static final long serialVersionUID = 1L;

        @Override
        public Integer apply(Integer item) {
            if (item % 2 == 0 && TaskContext.get().attemptNumber() == 0) {
                throw new IllegalStateException("executor lost");
            }
            return item * 10;
        }
    }

    private static final class RejectsNegative implements SparkTasks.Work<Integer, Integer> {
        private static final long serialVersionUID = 1L;

        @Override
        public Integer apply(Integer item) {
            if (item < 0) {
                throw InputException.of("hidden", item, "must be positive");
            }
            return item * 10;
        }
    }
}
