package org.initlab.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The main command's first runs in a fresh clone, downloads excluded, and what the first one spends, from the times
 * kotlinw's lines arrived on stderr ({@code KOTLINW_VERBOSE=1}).
 *
 * @param first          the first run's wall time
 * @param install        of it, from the start to {@code kotlinw: installed in …}: InitLab built and installed
 * @param fetch          from {@code kotlinw: fetching Kotlin …} to the next line: the compiler and main-kts copied
 *                       out of the local Maven repository into kotlinw's cache
 * @param compileAndRun  from {@code kotlinw: through the compiler …} to the end: the script compiled, then run
 * @param second         the second run: kotlinw checks the compiled script once, runs it directly and writes the
 *                       class-data archive at its end
 * @param third          the third run, as warm as later ones
 */
public record FirstRun(double first, double install, double fetch, double compileAndRun, double second, double third) {
    static FirstRun of(MeasuredProcess first, MeasuredProcess second, MeasuredProcess third) {
        List<MeasuredProcess.Line> lines = first.stderr();
        double installed = at(lines, "kotlinw: installed in");
        double fetching = at(lines, "kotlinw: fetching Kotlin");
        double compiler = at(lines, "kotlinw: through the compiler");
        double fetched = Double.NaN;
        for (MeasuredProcess.Line l : lines) {
            if (!Double.isNaN(fetching) && l.at() >= fetching && !l.text().startsWith("kotlinw: fetching Kotlin")) {
                fetched = l.at();
                break;
            }
        }
        return new FirstRun(first.wall(), installed, fetched - fetching, first.wall() - compiler, second.wall(),
                third.wall());
    }

    private static double at(List<MeasuredProcess.Line> lines, String start) {
        return lines.stream().filter(l -> l.text().startsWith(start)).mapToDouble(MeasuredProcess.Line::at)
                .findFirst().orElse(Double.NaN);
    }

    /** As JSON-ready values. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("first_seconds", org.initlab.io.Json.number(first));
        m.put("install_seconds", org.initlab.io.Json.number(install));
        m.put("fetch_kotlin_seconds", org.initlab.io.Json.number(fetch));
        m.put("compile_and_run_seconds", org.initlab.io.Json.number(compileAndRun));
        m.put("second_seconds", org.initlab.io.Json.number(second));
        m.put("third_seconds", org.initlab.io.Json.number(third));
        return m;
    }
}
