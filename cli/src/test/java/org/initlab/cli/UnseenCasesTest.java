package org.initlab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.initlab.init.Catalog;
import org.initlab.testing.CliRun;
import org.initlab.testing.RealData;
import org.initlab.testing.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cases the golden set does not hold — other seeds, shapes and parameters, every initializer with its defaults, LSUV
 * on another data set — generated with the reference ({@code init/generate_unseen_cases.py}, which stores each
 * case's command and numpy's printed output in {@code init/unseen_cases.json}) and run end to end through
 * {@code initlab init}: its JSON is numpy's, character for character; for orthogonal and LSUV, within 1e-12.
 */
class UnseenCasesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    record Case(String command, String init, List<Integer> layers, long seed, String dataset, String output) {
        boolean viaQr() {
            return init.startsWith("orthogonal") || init.startsWith("delta-orthogonal") || init.startsWith("lsuv");
        }

        String[] args(Path json) {
            List<String> a = new ArrayList<>(List.of("init", "--init", init, "--layers",
                    layers.stream().map(String::valueOf).collect(Collectors.joining(",")), "--seed",
                    String.valueOf(seed), "--dataset", dataset));
            if (dataset.equals("football")) {
                a.addAll(List.of("--data-dir", RealData.DIR.toString()));
            }
            if (json != null) {
                a.addAll(List.of("--json", json.toString()));
            }
            return a.toArray(String[]::new);
        }

        @Override
        public String toString() {
            return command;
        }
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        JsonNode root;
        try (var in = UnseenCasesTest.class.getResourceAsStream("/init/unseen_cases.json")) {
            root = MAPPER.readTree(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (JsonNode c : root.get("cases")) {
            List<Integer> layers = new ArrayList<>();
            c.get("layers").forEach(n -> layers.add(n.asInt()));
            cases.add(new Case(c.get("command").asText(), c.get("init").asText(), layers, c.get("seed").asLong(),
                    c.get("dataset").asText(), c.get("output").asText()));
        }
        return cases;
    }

    @Test
    void everyInitializerOfTheCatalogueHasUnseenCases() {
        List<String> covered = cases().stream().map(c -> c.init().split(":")[0]).distinct().toList();
        assertEquals(Catalog.names().stream().sorted().toList(), covered.stream().sorted().toList());
        assertTrue(cases().stream().anyMatch(c -> c.dataset().equals("football")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void initlabInitWritesNumpysParameters(Case c) throws IOException {
        Path json = dir.resolve("params.json");
        CliRun.Outcome o = CliRun.run(c.args(json));
        assertEquals(0, o.status(), o.err());
        String written = Files.readString(json, StandardCharsets.UTF_8);
        assertSameParameters(c, c.output(), written);
        assertTrue(Files.isRegularFile(dir.resolve("params.manifest.json")), "manifest beside the parameters");
        JsonNode manifest = MAPPER.readTree(dir.resolve("params.manifest.json").toFile());
        assertEquals(c.seed(), manifest.get("config").get("seed").asLong());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void initlabInitPrintsNumpysParametersWithoutJson(Case c) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CliRun.Outcome o = CliRun.run(out, c.args(null));
        assertEquals(0, o.status(), o.err());
        assertSameParameters(c, c.output(), out.toString(StandardCharsets.UTF_8));
    }

    private static void assertSameParameters(Case c, String numpy, String initlab) throws IOException {
        if (!c.viaQr()) {
            assertEquals(numpy, initlab, c.command());
            return;
        }
        JsonNode expected = MAPPER.readTree(numpy);
        JsonNode actual = MAPPER.readTree(initlab);
        assertEquals(names(expected), names(actual), c.command());
        for (String name : names(expected)) {
            double[] e = Reference.doubles(expected.get(name));
            double[] a = Reference.doubles(actual.get(name));
            assertEquals(e.length, a.length, name);
            assertEquals(expected.get(name).size(), actual.get(name).size(), name + " rows");
            for (int k = 0; k < e.length; k++) {
                assertEquals(e[k], a[k], 1e-12, c.command() + ": " + name + "[" + k + "]");
            }
        }
    }

    private static List<String> names(JsonNode params) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = params.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
