package org.initlab.experiment;

import org.initlab.analysis.DoctorReport;
import org.initlab.analysis.Finding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One of the course's cases diagnosed by the doctor ({@link DoctorExperiment}), with the initialization findings the
 * course teaches it must show.
 *
 * @param name     the case's name: the experiment's ({@code zeros}) or E4's arm ({@code relu/he})
 * @param title    what it is, in words
 * @param expected the kinds of initialization finding the case must show; empty for a healthy case, which must show
 *                 none
 * @param report   the doctor's report
 */
public record DoctorCase(String name, String title, Set<Finding.Kind> expected, DoctorReport report) {
    public DoctorCase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        expected = Set.copyOf(expected);
        Objects.requireNonNull(report, "report");
    }

    /** Whether the report shows what the course teaches: every expected kind, or no finding at all for none. */
    public boolean asExpected() {
        List<Finding.Kind> found = report.initializationFindings().stream().map(Finding::kind).toList();
        return expected.isEmpty() ? found.isEmpty() : found.containsAll(expected);
    }

    /** The expected kinds in the order of {@link Finding.Kind}, by name: {@code saturated, loss}. */
    public List<String> expectedNames() {
        return java.util.Arrays.stream(Finding.Kind.values()).filter(expected::contains).map(Finding.Kind::id)
                .toList();
    }

    /** {@code {"name", "title", "expected", "as_expected", "report"}}. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("title", title);
        m.put("expected", expectedNames());
        m.put("as_expected", asExpected());
        m.put("report", report.toMap());
        return m;
    }
}
