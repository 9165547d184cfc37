package org.initlab.cli;

import org.initlab.spec.EngineKind;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * What the named experiment sweeps ({@code experiment depth-sweep}, {@code experiment mnist-seeds}) share:
 * {@code --data-dir}, {@code --engine}, and where they run and write ({@link SweepRunOptions}).
 */
final class ExperimentSweepOptions {
    @Option(names = "--data-dir", paramLabel = "DIR", description = "Folder of the data files (default: datasets).")
    Path dataDir;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "auto",
            description = "auto, dl4j or fast. Default: ${DEFAULT-VALUE}.")
    String engine;

    @Mixin
    SweepRunOptions run;

    /** The engine {@code --engine} names. @throws org.initlab.io.InputException when it names none */
    EngineKind engineKind() {
        return EngineKind.parse(engine);
    }
}
