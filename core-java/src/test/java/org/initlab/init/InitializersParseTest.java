package org.initlab.init;

import org.initlab.spec.InitScheme;
import org.initlab.spec.InitSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one name syntax, {@code NAME} or {@code NAME:key=value,…}: names, keys, defaults and the errors. */
class InitializersParseTest {
    static List<String> catalogueNames() {
        return Catalog.names();
    }

    @Test
    void theCatalogueHasTheReferencesNamesInItsOrderWithTheThreeItLacks() {
        assertEquals(List.of("variance-scaling", "glorot-uniform", "glorot-normal", "he-uniform", "he-normal",
                "lecun-uniform", "lecun-normal", "xavier-normal", "xavier-uniform", "kaiming-normal", "kaiming-uniform",
                "orthogonal", "delta-orthogonal", "identity", "dirac", "sparse", "trunc-normal", "normal", "uniform",
                "constant", "ones", "zeros", "lsuv"), Catalog.names());
        assertEquals(List.of("tol", "max-iter", "batch"), Catalog.keys("lsuv"));
        assertEquals(List.of("mode", "nonlinearity", "a"), Catalog.keys("kaiming-uniform"));
    }

    @ParameterizedTest
    @MethodSource("catalogueNames")
    void everyNameParsesAloneToItsDefaultsAndDescribesItselfSo(String name) {
        CatalogInit init = Catalog.parse(name);
        assertEquals(name, init.name());
        assertEquals(name, init.describe());
        assertEquals(StreamPosition.start(0), init.position());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "variance-scaling:scale=2,mode=fan_out,distribution=normal; variance-scaling:scale=2.0,mode=fan_out,distribution=normal",
            "variance-scaling:mode=fan_in,scale=1,distribution=truncated-normal; variance-scaling",
            "kaiming-normal:mode=fan_out,nonlinearity=relu; kaiming-normal:mode=fan_out,nonlinearity=relu",
            "kaiming-uniform:nonlinearity=leaky-relu,a=0.2; kaiming-uniform:a=0.2",
            "xavier-normal:gain=1.6666666666666667; xavier-normal:gain=1.6666666666666667",
            "xavier-uniform:gain=1.6666666666666667; xavier-uniform:gain=1.6666666666666667",
            "xavier-uniform:gain=1; xavier-uniform",
            "delta-orthogonal:scale=2; delta-orthogonal:scale=2.0",
            "dirac:groups=2; dirac:groups=2",
            "dirac:groups=1; dirac",
            "orthogonal:gain=1.4142135623730951; orthogonal:gain=1.4142135623730951",
            "sparse:sparsity=0.3,std=0.01; sparse:sparsity=0.3",
            "trunc-normal:mean=0,std=1,a=-0.5,b=1.5; trunc-normal:a=-0.5,b=1.5",
            "lsuv:tol=0.01,max-iter=20,batch=64; lsuv:tol=0.01,max-iter=20,batch=64",
            "normal:mean=0.5; normal:mean=0.5",
            "constant:value=1e-3; constant:value=0.001",
            " He-Uniform ; he-uniform"})
    void keysGiveTheirValuesAndTheDescriptionListsThoseThatAreNotDefaults(String text, String described) {
        CatalogInit init = Catalog.parse(text);
        assertEquals(described, init.describe());
        assertEquals(init, Catalog.parse(init.describe()), "the description parses back to the same initializer");
    }

    @Test
    void typedValuesAreTheOnesTheKeysName() {
        VarianceScaling v = (VarianceScaling) Catalog.parse("variance-scaling:scale=0.5,mode=fan_avg,distribution=uniform");
        assertEquals(0.5, v.scale());
        assertEquals(FanMode.FAN_AVG, v.mode());
        assertEquals(Distribution.UNIFORM, v.distribution());
        KaimingNormal k = (KaimingNormal) Catalog.parse("kaiming-normal");
        assertEquals(FanMode.FAN_IN, k.mode());
        assertEquals(Nonlinearity.LEAKY_RELU, k.nonlinearity());
        assertEquals(0.0, k.a());
        Lsuv l = (Lsuv) Catalog.parse("lsuv");
        assertEquals(0.1, l.tol());
        assertEquals(10, l.maxIter());
        assertEquals(0, l.batch());
    }

    @Test
    void theCoursesNamesStayTheCourses() {
        assertEquals(InitSpec.of(InitScheme.HE), Initializers.parse("he"));
        assertEquals(InitSpec.of(InitScheme.ZEROS), Initializers.parse("zeros"));
        assertEquals(new InitSpec.Course(InitScheme.NORMAL, 0.01), Initializers.parse("normal:0.01"));
        assertInstanceOf(Normal.class, Initializers.parse("normal"));
        assertInstanceOf(Normal.class, Initializers.parse("normal:std=0.01"));
        assertInstanceOf(HeUniform.class, Initializers.parse("he-uniform"));
        assertTrue(Initializers.names().containsAll(Catalog.names()));
        assertTrue(Initializers.names().containsAll(List.of("he", "xavier", "normal:SIGMA", "nielsen", "large")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "foo; unknown initializer 'foo': expected one of zeros, random, he",
            "; no initializer given",
            "orthogonal:gian=2; orthogonal has no key 'gian' (its key: gain)",
            "kaiming-normal:slope=2; kaiming-normal has no key 'slope' (its keys: mode, nonlinearity, a)",
            "he-uniform:scale=2; he-uniform takes no keys (got 'scale')",
            "he:x=1; he takes no keys",
            "orthogonal:gain; 'gain' is not key=value",
            "orthogonal:; nothing after ':'",
            "orthogonal:gain=1,gain=2; key 'gain' given twice",
            "orthogonal:gain=x; gain 'x' is not a number",
            "orthogonal:gain=nan; gain 'nan' is not a number",
            "lsuv:max-iter=2.5; max-iter '2.5' is not a whole number",
            "lsuv:max-iter=0; max-iter 0: must be at least 1",
            "lsuv:tol=-1; tol -1.0: must be a positive number",
            "lsuv:batch=-3; batch -3: must be 0 (all examples) or more",
            "variance-scaling:scale=0; scale 0.0: must be a positive number",
            "variance-scaling:mode=fan; mode 'fan': expected fan_in, fan_out or fan_avg",
            "variance-scaling:distribution=gauss; distribution 'gauss': expected normal, truncated-normal or uniform",
            "kaiming-uniform:mode=fan_avg; mode 'fan_avg': expected fan_in, fan_out (or fan_avg with variance-scaling)",
            "kaiming-uniform:nonlinearity=gelu; nonlinearity 'gelu': expected one of linear, identity",
            "sparse:sparsity=1.5; sparsity 1.5: must be between 0 and 1",
            "sparse:std=-1; std -1.0: must be a number >= 0",
            "trunc-normal:a=1,b=-1; b -1.0: must be above a (1.0)",
            "trunc-normal:a=8,b=9; holds only",
            "uniform:a=1,b=0; b 0.0: must be at least a (1.0)",
            "normal:abc; SIGMA 'abc' is not a number",
            "normal:-1; SIGMA must be a positive number"})
    void badSpecificationsAreOneLineNamingWhatIsWrong(String text, String problem) {
        String given = text == null ? "" : text;
        InitSpecException e = assertThrows(InitSpecException.class, () -> Initializers.parse(given));
        assertTrue(e.problem().contains(problem), e.problem());
        assertEquals(given.trim(), e.text());
        assertEquals("init", e.field(), "an error about the field init, which each tool names its own way");
        assertEquals("init" + (given.isBlank() ? "" : " " + given.trim()) + ": " + e.problem(), e.getMessage());
        assertEquals("--init" + (given.isBlank() ? "" : " " + given.trim()) + ": " + e.problem(),
                e.message(field -> "--" + field));
        assertTrue(!e.getMessage().contains("\n") && !e.getMessage().contains("--"), e.getMessage());
    }

    @Test
    void typedConstructorsCheckTheirValuesToo() {
        assertEquals("init orthogonal: gain nan: must be a finite number",
                assertThrows(InitSpecException.class, () -> new Orthogonal(Double.NaN)).getMessage());
        assertThrows(InitSpecException.class, () -> new KaimingNormal(FanMode.FAN_AVG, Nonlinearity.RELU, 0));
        assertThrows(InitSpecException.class, () -> new Sparse(-0.1, 0.01));
        assertThrows(InitSpecException.class, () -> new TruncNormal(0, 0, -1, 1));
    }
}
