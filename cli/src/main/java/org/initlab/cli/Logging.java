package org.initlab.cli;

/**
 * Keeps the terminal quiet: DL4J's and ND4J's start-up lines and libraries' warnings go through SLF4J, whose simple
 * binding is set here, before any library creates a logger, to print nothing unless {@code --verbose}.
 */
final class Logging {
    private Logging() {
    }

    static void configure(boolean verbose) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "off");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        if (!verbose) {
            System.setProperty("org.bytedeco.javacpp.logger", "slf4j");
        }
    }
}
