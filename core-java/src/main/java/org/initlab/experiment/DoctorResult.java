package org.initlab.experiment;

import org.initlab.analysis.Finding;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The course's cases diagnosed ({@link DoctorExperiment}): each case's findings and whether they are what the course
 * teaches.
 *
 * @param cases E1–E3, then E4's seven arms
 */
public record DoctorResult(List<DoctorCase> cases) {
    public DoctorResult {
        cases = List.copyOf(cases);
    }

    /** The case called {@code name}, {@code zeros} or {@code relu/he}. */
    public DoctorCase get(String name) {
        return cases.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no case '" + name + "'"));
    }

    /**
     * Each case: its title, one line per initialization finding (indented), and its verdict against the course's
     * expectation (with the number of learning-rate findings, which each report lists).
     */
    public void print(PrintStream out) {
        for (DoctorCase c : cases) {
            out.println(c.name() + ": " + c.title());
            for (Finding f : c.report().initializationFindings()) {
                out.println("  " + f.message());
            }
            String expected = c.expected().isEmpty() ? "none" : String.join(", ", c.expectedNames());
            out.println("  verdict: " + c.report().verdict() + (c.asExpected() ? "; as the course expects ("
                    + expected + ")" : "; NOT what the course expects (" + expected + ")"));
        }
        out.flush();
    }

    /**
     * @throws CheckFailedException naming the cases whose findings are not what the course teaches
     */
    public void check() {
        List<String> wrong = cases.stream().filter(c -> !c.asExpected())
                .map(c -> c.name() + " (" + c.report().verdict() + ")").toList();
        if (!wrong.isEmpty()) {
            throw new CheckFailedException("the doctor's verdicts differ from the course's: " + String.join("; ", wrong));
        }
    }

    /** {@code {"experiment": "doctor", "cases": [...]}}. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("experiment", "doctor");
        m.put("cases", cases.stream().map(DoctorCase::toMap).toList());
        return m;
    }
}
