package org.initlab.dsl.internal

import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import java.util.concurrent.CountDownLatch

class BackgroundTest : FunSpec({

    test("the block runs at once on a daemon thread of its name and await gives its value") {
        val started = CountDownLatch(1)
        val work = Background("initlab-test") {
            started.countDown()
            Thread.currentThread().let { it.name to it.isDaemon }
        }
        started.await()
        work.await() shouldBe ("initlab-test" to true)
    }

    test("await throws what the block threw") {
        val work = Background<Int>("initlab-test") { throw IllegalStateException("broken") }
        shouldThrow<IllegalStateException> { work.await() }.message shouldBe "broken"
    }

    test("an interrupt while waiting does not stop the wait and is kept for the caller") {
        val release = CountDownLatch(1)
        val work = Background("initlab-test") { release.await(); 7 }
        Thread { Thread.sleep(100); release.countDown() }.start()
        Thread.currentThread().interrupt()
        work.await() shouldBe 7
        Thread.interrupted() shouldBe true
    }
})
