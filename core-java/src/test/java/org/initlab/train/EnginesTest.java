package org.initlab.train;

import org.deeplearning4j.nn.weights.WeightInitXavierUniform;
import org.initlab.io.InputException;
import org.initlab.spec.Cost;
import org.initlab.spec.DropoutMode;
import org.initlab.spec.EngineKind;
import org.initlab.spec.ExperimentSpec;
import org.initlab.spec.InitSpec;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EnginesTest {
    private static final ExperimentSpec HE = ExperimentSpec.builder().build();

    @Test
    void autoPicksTheFastEngineExactlyWhereItIsExact() {
        String expected = new FastEngine().supports(HE) ? "fast" : "dl4j";
        assertEquals(expected, Engines.select(HE.toBuilder().engine(EngineKind.AUTO).build()).name());
    }

    @Test
    void dl4jIsUsedWhenAskedFor() {
        assertEquals("dl4j", Engines.select(HE.toBuilder().engine(EngineKind.DL4J).build()).name());
    }

    @Test
    void fastOnASpecificationItCannotRunNamesTheEngineOption() {
        ExperimentSpec unsupported = List.of(
                        HE.toBuilder().init(new InitSpec.Custom(new WeightInitXavierUniform(), "xavier-uniform")),
                        HE.toBuilder().keepProb(0.8).dropoutMode(DropoutMode.FRESH),
                        HE.toBuilder().cost(Cost.QUADRATIC).epochs(2, 7))
                .stream().map(b -> b.engine(EngineKind.FAST).build())
                .filter(s -> !new FastEngine().supports(s)).findFirst().orElse(null);
        Assumptions.assumeTrue(unsupported != null, "the fast engine runs all the candidates");
        InputException e = assertThrows(InputException.class, () -> Engines.select(unsupported));
        assertTrue(e.getMessage().startsWith("engine fast:"), e.getMessage());
        assertEquals("dl4j", Engines.select(unsupported.toBuilder().engine(EngineKind.AUTO).build()).name());
    }
}
