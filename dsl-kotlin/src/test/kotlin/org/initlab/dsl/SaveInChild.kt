package org.initlab.dsl

import java.nio.file.Path
import kotlin.system.exitProcess

/**
 * A program of its own for [SaveTest]: trains a short He run on the circles with seed `args[1]` (and layer sizes
 * `args[2]`, by default `2,10,5,1`) and saves it with its pictures into `args[0]`; with `doctor DIR`, for
 * [DoctorSaveTest], saves instead the doctor's report of E2's network (random ×10, 3 steps) with its pictures into
 * `DIR`. An [InputException] is one line on stderr and exit status 2, as in a script.
 */
internal object SaveInChild {
    @JvmStatic
    fun main(args: Array<String>) {
        if (args[0] == "doctor") {
            try {
                doctor(from = "random", steps = 3).save(Path.of(args[1]))
            } catch (e: InputException) {
                System.err.println("initlab: ${e.message}")
                exitProcess(2)
            }
            return
        }
        val sizes = (args.getOrNull(2) ?: "2,10,5,1").split(',').map { it.toInt() }
        val run = shortRun(args[1].toLong(), sizes)
        try {
            run.save(Path.of(args[0]))
        } catch (e: InputException) {
            System.err.println("initlab: ${e.message}")
            exitProcess(2)
        }
    }

    /** The run the child saves, as the test computes it too. */
    fun shortRun(seed: Long, sizes: List<Int> = listOf(2, 10, 5, 1)): Run = experiment("he", quiet = true) {
        layers(sizes)
        init = he(seed = seed)
        train(lr = 0.01, iterations = 300, printEvery = 100)
    }

    /** Starts the child with the system properties [properties] (`name=value`). */
    fun start(properties: List<String>, vararg args: String): Process {
        val command = listOf(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Djava.awt.headless=true", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1") +
            properties.map { "-D$it" } +
            listOf("-cp", System.getProperty("java.class.path"), SaveInChild::class.java.name) + args
        return ProcessBuilder(command).start()
    }
}
