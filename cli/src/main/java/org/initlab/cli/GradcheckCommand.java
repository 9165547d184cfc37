package org.initlab.cli;

import org.initlab.experiment.CheckFailedException;
import org.initlab.experiment.CoursePrinter;
import org.initlab.experiment.CourseCase;
import org.initlab.analysis.GradientCheck;
import org.initlab.analysis.GradientCheckResult;
import org.initlab.experiment.ToyCheck;
import org.initlab.io.Json;
import org.initlab.io.Manifest;
import org.initlab.numpy.PyFloat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code initlab gradcheck}: the course's gradient checks (E8), printed in the course's words — the 1-D toy
 * {@code J(θ) = θ·x} and the {@code [4, 5, 3, 1]} network on DL4J. With {@code --planted-error} the network's second
 * hidden layer gets a ReLU whose derivative ignores the mask {@code A > 0}; that check fails, exit status 1, and the
 * error line names the layer that goes wrong.
 */
@Command(name = "gradcheck", mixinStandardHelpOptions = true,
        description = {"Run the course's gradient checks: the 1-D toy J = theta * x and the [4, 5, 3, 1] network "
                + "(central differences, epsilon 1e-7, threshold 2e-7).",
                "Exit status 1 when a check fails (--planted-error makes one fail on purpose)."})
public final class GradcheckCommand implements Callable<Integer> {
    @Option(names = "--planted-error",
            description = "Also check the network with a deliberately wrong backward pass in layer 2 (must fail).")
    boolean plantedError;

    @Option(names = "--json", paramLabel = "FILE",
            description = "Write the differences, the cost and the per-block differences as JSON (and a manifest beside it).")
    Path json;

    /**
     * Takes {@code --json}, when given, before any check runs, so that a file another run is writing is refused at
     * once, and holds it until the JSON and its manifest are written.
     */
    @Override
    public Integer call() throws Exception {
        return OutputOptions.holdingJson(json, this::check);
    }

    private int check() {
        CoursePrinter out = new CoursePrinter(System.out);
        Map<String, Object> results = new LinkedHashMap<>();

        ToyCheck toy = ToyCheck.course();
        out.toyCheck(toy);
        results.put("toy", toyMap(toy));

        CourseCase course = CourseCase.draw();
        GradientCheck check = new GradientCheck();
        GradientCheckResult correct = check.check(course.network(), course.features(), course.labels());
        out.courseCheck(correct);
        results.put("course", correct.describe());

        GradientCheckResult planted = null;
        if (plantedError) {
            planted = check.check(course.networkWithPlantedError(), course.features(), course.labels());
            out.plantedCheck(planted);
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("planted_layer", CourseCase.PLANTED_LAYER);
            p.putAll(planted.describe());
            results.put("planted_error", p);
        }

        if (json != null) {
            Json.write(json, results);
            Manifest.writeBeside(json, "gradcheck", config(check));
        }
        if (!toy.passed()) {
            throw new CheckFailedException("gradient check failed: 1-D toy difference " + PyFloat.repr(toy.difference())
                    + " > " + PyFloat.repr(toy.threshold()));
        }
        if (!correct.passed()) {
            throw new CheckFailedException(correct.failureMessage());
        }
        if (planted != null && !planted.passed()) {
            throw new CheckFailedException(planted.failureMessage());
        }
        return ExitCodes.OK;
    }

    private Map<String, Object> config(GradientCheck check) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("case", "np.random.seed(1); x = randn(4, 3); y = [[1, 1, 0]]; W1, b1, W2, b2, W3, b3 = randn; "
                + "layers [4, 5, 3, 1] relu, relu, sigmoid");
        c.put("seed", CourseCase.SEED);
        c.put("epsilon", check.epsilon());
        c.put("threshold", check.threshold());
        c.put("planted_error", plantedError);
        return c;
    }

    private static Map<String, Object> toyMap(ToyCheck toy) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("difference", Json.number(toy.difference()));
        m.put("passed", toy.passed());
        m.put("grad", toy.grad());
        m.put("gradapprox", Json.number(toy.gradapprox()));
        return m;
    }
}
