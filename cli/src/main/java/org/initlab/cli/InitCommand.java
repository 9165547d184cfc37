package org.initlab.cli;

import org.initlab.data.Dataset;
import org.initlab.data.Datasets;
import org.initlab.init.FittedLsuv;
import org.initlab.init.InitialValues;
import org.initlab.init.Initializers;
import org.initlab.init.Lsuv;
import org.initlab.init.LsuvFit;
import org.initlab.io.AtomicFiles;
import org.initlab.io.FolderLock;
import org.initlab.io.InputException;
import org.initlab.io.Manifest;
import org.initlab.spec.Activation;
import org.initlab.spec.ExperimentSpec;
import org.initlab.spec.InitSpec;
import org.initlab.sweep.SpecText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code initlab init}: a network's initial parameters, {@code W1, b1, …} in the course's layout, written as the
 * reference {@code init_catalog.py} prints them (its JSON, numbers in Python's shortest form), to stdout or to
 * {@code --json FILE} with a manifest beside it.
 */
@Command(name = "init", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Draw a network's initial parameters and print them (or write them) as JSON, exactly as "
                + "numpy's reference init_catalog.py prints them: {\"W1\": [[...]], \"b1\": [[...]], ...}, W[l] of "
                + "shape (n_l, n_{l-1}), b[l] of shape (n_l, 1)."})
public final class InitCommand implements Callable<Integer> {
    @Option(names = "--init", paramLabel = "INIT", required = true, description = InitOption.HELP)
    String init;

    @Option(names = "--layers", paramLabel = "SIZES", defaultValue = "2,10,5,1",
            description = "Layer sizes, input first. Default: ${DEFAULT-VALUE}.")
    String layers;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "3",
            description = "Seed of numpy's stream (np.random.seed). Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--dataset", paramLabel = "NAME", defaultValue = "circles",
            description = "The training examples lsuv fits to: circles, football, cat or mnist. Default: ${DEFAULT-VALUE}.")
    String dataset;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Folder of the data files (default: datasets).")
    Path dataDir;

    @Option(names = "--activation", paramLabel = "FN", defaultValue = "relu",
            description = "Hidden activation lsuv forwards through: relu (the reference), sigmoid or tanh. "
                    + "Default: ${DEFAULT-VALUE}.")
    String activation;

    @Option(names = "--json", paramLabel = "FILE",
            description = "Write the parameters to FILE (and a manifest beside it) instead of printing them.")
    Path json;

    @Override
    public Integer call() {
        InitSpec parsed = Initializers.parse(init);
        ExperimentSpec spec = ExperimentSpec.builder().name("init").dataset(dataset).dataDir(dataDir)
                .layers(SpecText.layers("layers", layers)).hidden(Activation.parse(activation)).init(parsed).seed(seed).build();
        if (json == null) {
            return initialize(spec, parsed, null);
        }
        AtomicFiles.checkWritableFolder(json.toAbsolutePath().getParent(), "json");
        if (java.nio.file.Files.isDirectory(json)) {
            throw InputException.of("json", json, "a folder is in the way");
        }
        try (FolderLock lock = FolderLock.acquire(json, "json")) {
            lock.notice(Flags::of).ifPresent(n -> System.err.println("initlab: " + n));
            return initialize(spec, parsed, json);
        }
    }

    /** Fits LSUV when asked, then prints the parameters or writes them to {@code file} with a manifest naming its hash. */
    private int initialize(ExperimentSpec spec, InitSpec parsed, Path file) {
        Dataset data = null;
        if (parsed instanceof Lsuv) {
            data = Datasets.load(dataset, dataDir);
            if (data.features() != spec.layers().get(0)) {
                throw InputException.of("layers", joined(spec.layers()), "first size " + spec.layers().get(0)
                        + " does not match the " + data.features() + " features of " + data.name());
            }
            spec = LsuvFit.fitted(spec, data.train());
        }
        String text = InitialValues.of(spec).numpyJson();
        if (file == null) {
            System.out.print(text);
            System.out.flush();
            return ExitCodes.OK;
        }
        AtomicFiles.writeString(file, text);
        Manifest.writeBeside(file, "init", config(spec, data));
        if (spec.init() instanceof FittedLsuv f) {
            f.print(System.out);
        }
        System.err.println("Initial parameters written to " + file);
        return ExitCodes.OK;
    }

    private static Map<String, Object> config(ExperimentSpec spec, Dataset data) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("init", spec.init().describe());
        c.put("layers", spec.layers());
        c.put("seed", spec.seed());
        if (spec.init() instanceof FittedLsuv f) {
            c.put("dataset", data.name());
            c.put("training_examples", data.train().size());
            c.put("hidden_activation", spec.hidden().id());
            c.put("lsuv", f.toMaps());
        }
        return c;
    }

    private static String joined(List<Integer> n) {
        return n.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
    }
}
