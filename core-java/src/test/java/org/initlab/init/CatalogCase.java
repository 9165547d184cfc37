package org.initlab.init;

import com.fasterxml.jackson.databind.JsonNode;
import org.initlab.data.Datasets;
import org.initlab.data.Split;
import org.initlab.spec.ExperimentSpec;
import org.initlab.spec.InitSpec;
import org.initlab.testing.Reference;

import java.util.ArrayList;
import java.util.List;

/**
 * One case of the reference {@code init_catalog.py}: an initializer, layer sizes, a seed and numpy's parameters
 * {@code W1, b1, …} in the course's layout.
 */
record CatalogCase(String init, List<Integer> layers, long seed, JsonNode params) {

    /** The cases of {@code init_catalog.py --golden} (numpy 2.4.6). */
    static List<CatalogCase> golden() {
        return from("init_catalog_golden.json");
    }

    /** The cases of the reference file {@code name}, laid out as {@code init_catalog.py --golden} writes them. */
    static List<CatalogCase> from(String name) {
        List<CatalogCase> cases = new ArrayList<>();
        for (JsonNode c : Reference.json(name).get("cases")) {
            List<Integer> layers = new ArrayList<>();
            c.get("layers").forEach(n -> layers.add(n.asInt()));
            cases.add(new CatalogCase(c.get("init").asText(), layers, c.get("seed").asLong(), c.get("params")));
        }
        return cases;
    }

    /** Whether the case goes through a QR factorization (orthogonal, LSUV): these agree within 1e-12. */
    boolean viaQr() {
        return init.startsWith("orthogonal") || init.startsWith("lsuv");
    }

    /** The course network's specification of this case, LSUV fitted on the circles training set as the reference. */
    ExperimentSpec spec() {
        InitSpec parsed = Initializers.parse(init);
        ExperimentSpec spec = ExperimentSpec.builder().layers(layers).seed(seed).init(parsed).build();
        return LsuvFit.fitted(spec, circlesTrain());
    }

    static Split circlesTrain() {
        return Datasets.load("circles", null).train();
    }

    /** numpy's {@code W{l+1}} in C order. */
    double[] weights(int layer) {
        return Reference.doubles(params.get("W" + (layer + 1)));
    }

    /** numpy's {@code b{l+1}}. */
    double[] biases(int layer) {
        return Reference.doubles(params.get("b" + (layer + 1)));
    }

    @Override
    public String toString() {
        return init + " " + layers + " seed " + seed;
    }
}
