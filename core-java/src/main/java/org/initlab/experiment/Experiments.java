package org.initlab.experiment;

import org.initlab.io.InputException;
import org.initlab.spec.Activation;
import org.initlab.spec.Cost;
import org.initlab.spec.DropoutMode;
import org.initlab.spec.ExperimentSpec;
import org.initlab.spec.InitScheme;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The course's training experiments by name, each an {@link ExperimentSpec}:
 * E1–E3 ({@code zeros}, {@code random}, {@code he}) on circles, E6–E7 ({@code noreg}, {@code l2}, {@code dropout})
 * on the football data, E9 ({@code deep-cat}) and the two arms of E5 ({@code mnist-large}, {@code mnist-scaled}).
 */
public final class Experiments {
    private static final Map<String, ExperimentSpec> CATALOG = catalog();

    private Experiments() {
    }

    private static Map<String, ExperimentSpec> catalog() {
        Map<String, ExperimentSpec> catalog = new LinkedHashMap<>();
        ExperimentSpec circles = ExperimentSpec.builder().build();
        add(catalog, circles.toBuilder().name("zeros").init(InitScheme.ZEROS).build());
        add(catalog, circles.toBuilder().name("random").init(InitScheme.RANDOM).build());
        add(catalog, circles.toBuilder().name("he").init(InitScheme.HE).build());

        ExperimentSpec football = ExperimentSpec.builder()
                .name("noreg").dataset("football").layers(2, 20, 3, 1).init(InitScheme.XAVIER).seed(3)
                .learningRate(0.3).iterations(30_000).printEvery(10_000).build();
        add(catalog, football);
        add(catalog, football.toBuilder().name("l2").lambda(0.7).build());
        add(catalog, football.toBuilder().name("dropout").keepProb(0.86).dropoutMode(DropoutMode.FAITHFUL).build());

        add(catalog, ExperimentSpec.builder()
                .name("deep-cat").dataset("cat").layers(12288, 20, 7, 5, 1).init(InitScheme.XAVIER).seed(1)
                .learningRate(0.0075).iterations(2_500).printEvery(100).build());

        ExperimentSpec mnist = ExperimentSpec.builder()
                .name("mnist-large").dataset("mnist").layers(784, 30, 10).hidden(Activation.SIGMOID)
                .cost(Cost.QUADRATIC).init(InitScheme.LARGE).seed(0).learningRate(3.0).epochs(30, 10).printEvery(0)
                .build();
        add(catalog, mnist);
        add(catalog, mnist.toBuilder().name("mnist-scaled").init(InitScheme.NIELSEN).build());
        return Collections.unmodifiableMap(catalog);
    }

    private static void add(Map<String, ExperimentSpec> catalog, ExperimentSpec spec) {
        catalog.put(spec.name(), spec);
    }

    /** The names, in the order the course meets them. */
    public static List<String> names() {
        return List.copyOf(CATALOG.keySet());
    }

    /** The experiment called {@code name}. */
    public static ExperimentSpec get(String name) {
        ExperimentSpec spec = CATALOG.get(name);
        if (spec == null) {
            throw new InputException("unknown experiment '" + name + "': expected one of " + String.join(", ", names()));
        }
        return spec;
    }
}
