package org.initlab.sweep;

import org.initlab.init.Initializers;
import org.initlab.io.InputException;
import org.initlab.numpy.PyFloat;
import org.initlab.spec.Activation;
import org.initlab.spec.Cost;
import org.initlab.spec.DropoutMode;
import org.initlab.spec.EngineKind;
import org.initlab.spec.ExperimentSpec;
import org.initlab.spec.InitSpec;
import org.initlab.spec.Output;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An {@link ExperimentSpec} as text, field by field, and back: the form in which a sweep's run travels to whatever
 * executes it ({@link RunTask}). Every field but the seed and cross-validation's folds, named as the specification
 * names them, in its order; numbers as Python prints them ({@link PyFloat}, which reads back to the same double),
 * layers as {@code 2,10,5,1}, enums by their ids, the initializer as {@link InitSpec#describe()}, which
 * {@link Initializers#parse} reads back. A user's own DL4J initializer ({@link InitSpec.Custom}) has no text and
 * cannot be swept.
 */
public final class SpecText {
    /** The fields, in the specification's order. */
    public static final List<String> FIELDS = List.of("name", "dataset", "dataDir", "trainSize", "layers", "hidden",
            "output", "cost", "init", "learningRate", "iterations", "epochs", "batchSize", "printEvery", "recordEvery",
            "lambda", "keepProb", "dropoutMode", "engine");

    private SpecText() {
    }

    /**
     * The fields of {@code spec} but its seed and folds ({@code dataDir} only when set).
     *
     * @throws InputException about {@code init} when it is a user's own DL4J initializer, which has no text
     */
    public static List<Setting> of(ExperimentSpec spec) {
        List<Setting> s = new ArrayList<>();
        s.add(new Setting("name", spec.name()));
        s.add(new Setting("dataset", spec.dataset()));
        if (spec.dataDir() != null) {
            s.add(new Setting("dataDir", spec.dataDir().toString()));
        }
        s.add(new Setting("trainSize", String.valueOf(spec.trainSize())));
        s.add(new Setting("layers", layers(spec.layers())));
        s.add(new Setting("hidden", spec.hidden().id()));
        s.add(new Setting("output", spec.output().id()));
        s.add(new Setting("cost", spec.cost().id()));
        s.add(new Setting("init", init(spec.init())));
        s.add(new Setting("learningRate", PyFloat.repr(spec.learningRate())));
        s.add(new Setting("iterations", String.valueOf(spec.iterations())));
        s.add(new Setting("epochs", String.valueOf(spec.epochs())));
        s.add(new Setting("batchSize", String.valueOf(spec.batchSize())));
        s.add(new Setting("printEvery", String.valueOf(spec.printEvery())));
        s.add(new Setting("recordEvery", String.valueOf(spec.recordEvery())));
        s.add(new Setting("lambda", PyFloat.repr(spec.lambda())));
        s.add(new Setting("keepProb", PyFloat.repr(spec.keepProb())));
        s.add(new Setting("dropoutMode", spec.dropoutMode().id()));
        s.add(new Setting("engine", spec.engine().id()));
        return List.copyOf(s);
    }

    /**
     * The specification {@code fields} describe, with seed {@code seed}; fields left out keep the defaults of
     * {@link ExperimentSpec#builder()}.
     *
     * @throws InputException naming the field whose text is not a value of it, or that is not a field
     */
    public static ExperimentSpec spec(List<Setting> fields, long seed) {
        ExperimentSpec.Builder b = ExperimentSpec.builder().seed(seed);
        ExperimentSpec defaults = b.build();
        int iterations = defaults.iterations();
        int epochs = defaults.epochs();
        int batchSize = defaults.batchSize();
        Set<String> seen = new HashSet<>();
        for (Setting f : fields) {
            String v = f.value();
            if (!seen.add(f.field())) {
                throw InputException.of(f.field(), v, "given twice");
            }
            switch (f.field()) {
                case "name" -> b.name(v);
                case "dataset" -> b.dataset(v);
                case "dataDir" -> b.dataDir(Path.of(v));
                case "trainSize" -> b.trainSize(integer(f));
                case "layers" -> b.layers(layers(f));
                case "hidden" -> b.hidden(Activation.parse(v));
                case "output" -> b.output(Output.parse(v));
                case "cost" -> b.cost(Cost.parse(v));
                case "init" -> b.init(Initializers.parse(v));
                case "learningRate" -> b.learningRate(number(f));
                case "iterations" -> iterations = integer(f);
                case "epochs" -> epochs = integer(f);
                case "batchSize" -> batchSize = integer(f);
                case "printEvery" -> b.printEvery(integer(f));
                case "recordEvery" -> b.recordEvery(integer(f));
                case "lambda" -> b.lambda(number(f));
                case "keepProb" -> b.keepProb(number(f));
                case "dropoutMode" -> b.dropoutMode(DropoutMode.parse(v));
                case "engine" -> b.engine(EngineKind.parse(v));
                default -> throw InputException.of(f.field(), v, "not a field of a specification (expected one of "
                        + String.join(", ", FIELDS) + ")");
            }
        }
        b.iterations(iterations);
        if (epochs > 0) {
            b.epochs(epochs, batchSize);
        } else if (batchSize != 0) {
            throw InputException.of("batchSize", batchSize, "mini-batches need {epochs}");
        }
        return b.build();
    }

    /** {@code 2,10,5,1}. */
    public static String layers(List<Integer> layers) {
        return layers.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** The text of an initializer, which {@link Initializers#parse} reads back. */
    public static String init(InitSpec init) {
        if (init instanceof InitSpec.Custom c) {
            throw InputException.of("init", c.name(), "a user's own DL4J initializer cannot be swept: a sweep's "
                    + "runs are rebuilt from text on any machine; use one of the catalogue ("
                    + String.join(", ", Initializers.names()) + ")");
        }
        return init.describe();
    }

    static int integer(Setting f) {
        try {
            return Integer.parseInt(f.value().trim());
        } catch (NumberFormatException e) {
            throw InputException.of(f.field(), f.value(), "not a whole number");
        }
    }

    static double number(Setting f) {
        try {
            return Double.parseDouble(f.value().trim());
        } catch (NumberFormatException e) {
            throw InputException.of(f.field(), f.value(), "not a number");
        }
    }

    static List<Integer> layers(Setting f) {
        return layers(f.field(), f.value());
    }

    /**
     * Layer sizes written as {@code 2,10,5,1}, input first.
     *
     * @throws InputException naming {@code field} when a piece is empty or not a whole number
     */
    public static List<Integer> layers(String field, String text) {
        try {
            return Arrays.stream(text.split(",", -1)).map(String::trim).map(Integer::valueOf).toList();
        } catch (NumberFormatException e) {
            throw InputException.of(field, text, "not a list of whole numbers (e.g. 2,10,5,1)");
        }
    }
}
