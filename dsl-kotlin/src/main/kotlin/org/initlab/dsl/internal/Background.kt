package org.initlab.dsl.internal

/**
 * [block] running on a thread of its own (a daemon, so that it never keeps the JVM alive), started at once; [await]
 * waits for it and returns its value or throws what it threw. Work that must be done in any case goes there, beside
 * the caller's, when a second core can take it.
 */
internal class Background<T>(name: String, block: () -> T) {
    @Volatile private var value: Result<T>? = null
    private val thread = Thread({ value = runCatching(block) }, name).apply {
        isDaemon = true
        start()
    }

    /** Waits for the block; its value, or what it threw. */
    fun await(): T {
        var interrupted = false
        while (true) {
            try {
                thread.join()
                break
            } catch (e: InterruptedException) {
                interrupted = true
            }
        }
        if (interrupted) Thread.currentThread().interrupt()
        return value!!.getOrThrow()
    }
}
