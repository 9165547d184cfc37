package org.initlab.dsl.internal

/**
 * Keeps a script's output to the course's lines: ND4J's and DL4J's start-up messages go through SLF4J, and with the
 * simple binding on the class path they would print at level INFO. Sets the simple binding's level to `warn` (to
 * `info` with the environment variable `INITLAB_VERBOSE=1`) before the first library logger exists, unless the
 * user chose a level. Other SLF4J bindings keep their own configuration.
 */
internal object QuietLogs {
    private const val LEVEL = "org.slf4j.simpleLogger.defaultLogLevel"

    init {
        if (System.getProperty(LEVEL) == null) {
            System.setProperty(LEVEL, if (System.getenv("INITLAB_VERBOSE") == "1") "info" else "warn")
        }
        if (System.getProperty("org.slf4j.simpleLogger.logFile") == null) {
            System.setProperty("org.slf4j.simpleLogger.logFile", "System.err")
        }
        if (System.getProperty("org.bytedeco.javacpp.logger") == null) {
            System.setProperty("org.bytedeco.javacpp.logger", "slf4j")
        }
    }

    /** Applies the settings (once). */
    fun ensure() = Unit
}
