package org.initlab.train.fast;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.concurrent.atomic.AtomicIntegerArray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The caller and the helper of a {@link SpinPair} run each part of each loop exactly once. */
class SpinPairTest {
    @Test
    void everyPartOfEveryLoopRunsOnceBeforeTheLoopReturns() throws InterruptedException {
        Random r = new Random(3);
        try (SpinPair pair = SpinPair.ifCores()) {
            assumeTrue(pair != null, "a machine of one core has no helper");
            long[] plain = new long[16];
            for (int loop = 0; loop < 200_000; loop++) {
                int n = 1 + r.nextInt(12);
                AtomicIntegerArray runs = new AtomicIntegerArray(n);
                int stamp = loop;
                pair.run(n, part -> {
                    runs.incrementAndGet(part);
                    plain[part] = stamp;
                });
                for (int part = 0; part < n; part++) {
                    assertEquals(1, runs.get(part), "loop " + loop + ", part " + part);
                    assertEquals(stamp, plain[part], "a part's writes are seen when the loop returns");
                }
                if (loop % 50_000 == 0) {
                    Thread.sleep(5);
                }
            }
        }
    }

    @Test
    void aFailingPartFailsItsLoopAndTheNextLoopRuns() {
        try (SpinPair pair = SpinPair.ifCores()) {
            assumeTrue(pair != null, "a machine of one core has no helper");
            IllegalStateException boom = new IllegalStateException("boom");
            IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> pair.run(4, part -> {
                if (part == 2) {
                    throw boom;
                }
            }));
            assertSame(boom, thrown);
            AtomicIntegerArray runs = new AtomicIntegerArray(3);
            pair.run(3, runs::incrementAndGet);
            assertEquals("[1, 1, 1]", runs.toString());
        }
    }
}
