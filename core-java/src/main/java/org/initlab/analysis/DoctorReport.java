package org.initlab.analysis;

import org.initlab.io.Json;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What the {@link Doctor} found: the network, the loss against chance, every examined layer's figures, the layers it
 * skipped, the steps' losses, its findings and notes. {@link #toMap()} is the JSON report, which
 * {@link DoctorFiles#read} reads back; the pictures are drawn from the report or its JSON, never by training.
 *
 * @param network    the network in one line ({@code dense 2→10 (relu), …; 81 parameters, DOUBLE})
 * @param examples   the examples of the batch
 * @param options    how it was examined
 * @param loss       the initial loss against chance; null without a loss
 * @param layers     the examined layers, in order
 * @param skipped    the layers not examined
 * @param steps      the SGD steps taken
 * @param stepLosses DL4J's score at each step, before its update
 * @param findings   what is wrong, in the order {@link Verdicts} gives
 * @param notes      what the reader should know about how it was measured
 */
public record DoctorReport(String network, int examples, Doctor.Options options, LossCheck loss,
                           List<LayerDiagnosis> layers, List<SkippedLayer> skipped, int steps, double[] stepLosses,
                           List<Finding> findings, List<String> notes) {
    public DoctorReport {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(options, "options");
        layers = List.copyOf(layers);
        skipped = List.copyOf(skipped);
        stepLosses = stepLosses.clone();
        findings = List.copyOf(findings);
        notes = List.copyOf(notes);
    }

    @Override
    public double[] stepLosses() {
        return stepLosses.clone();
    }

    /** The findings about the initialization: the doctor fails (exit status 1) when there is one. */
    public List<Finding> initializationFindings() {
        return findings.stream().filter(Finding::initialization).toList();
    }

    /** The findings about the learning rate only. */
    public List<Finding> learningRateFindings() {
        return findings.stream().filter(f -> !f.initialization()).toList();
    }

    /** Whether there is no initialization finding. */
    public boolean healthy() {
        return initializationFindings().isEmpty();
    }

    /** The kinds of the findings, in order, without repeats. */
    public List<Finding.Kind> kinds() {
        return findings.stream().map(Finding::kind).distinct().toList();
    }

    /** The examined layer numbered {@code layer} (from 1). */
    public LayerDiagnosis layer(int layer) {
        return layers.stream().filter(d -> d.layer() == layer).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("layer " + layer + " was not examined"));
    }

    /**
     * The verdict in one line: {@code no initialization finding} or {@code 2 initialization findings: symmetric,
     * dead}, followed by the count of learning-rate findings when there are any.
     */
    public String verdict() {
        List<Finding> init = initializationFindings();
        String head = init.isEmpty() ? "no initialization finding"
                : init.size() + " initialization finding" + (init.size() == 1 ? "" : "s") + ": "
                + String.join(", ", init.stream().map(f -> f.kind().id()).distinct().toList());
        int lr = learningRateFindings().size();
        return lr == 0 ? head : head + "; " + lr + " learning-rate finding" + (lr == 1 ? "" : "s");
    }

    /** The report as JSON-ready values. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("network", network);
        m.put("examples", examples);
        m.put("options", options.toMap());
        if (loss != null) {
            m.put("loss", loss.toMap());
        }
        m.put("layers", layers.stream().map(LayerDiagnosis::toMap).toList());
        m.put("skipped", skipped.stream().map(SkippedLayer::toMap).toList());
        List<Object> losses = new ArrayList<>(stepLosses.length);
        for (double l : stepLosses) {
            losses.add(Json.number(l));
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("count", steps);
        s.put("loss", losses);
        m.put("steps", s);
        m.put("findings", findings.stream().map(Finding::toMap).toList());
        m.put("verdict", verdict());
        m.put("healthy", healthy());
        m.put("notes", notes);
        return m;
    }

    /**
     * The report as the command line prints it: the network and the loss against chance, a table of the layers'
     * figures, the layers skipped, then one line per finding (or {@code No initialization finding.}) and the notes.
     */
    public void print(PrintStream out) {
        out.println("network: " + network);
        if (loss != null) {
            out.println("initial loss " + Doctor.figure(loss.loss()) + " (" + loss.function() + ", " + examples
                    + " examples); chance " + loss.chanceName() + " = " + Doctor.figure(loss.chance()));
        } else {
            out.println(examples + " examples; no loss");
        }
        out.println(String.format(Locale.ROOT, "%5s  %-14s %-10s %6s %10s %10s %9s %6s %10s %10s %10s %9s %8s",
                "layer", "kind", "activation", "units", "mean", "std", "saturated", "dead", "grad std", "std(W)",
                "grad:data", "symmetric", "upd:data"));
        for (LayerDiagnosis d : layers) {
            double[] r = d.updateData();
            out.println(String.format(Locale.ROOT, "%5d  %-14s %-10s %6d %10s %10s %9s %6s %10s %10s %10s %9s %8s",
                    d.layer(), d.kind(), d.activation(), d.units(), Doctor.figure(d.mean()), Doctor.figure(d.std()),
                    share(d.saturated()), share(d.dead()), dash(d.gradientStd()), dash(d.weightStd()),
                    dash(d.gradData()), share(d.symmetric()),
                    r.length == 0 ? "-" : ratio(r[r.length - 1])));
        }
        for (SkippedLayer s : skipped) {
            out.println(s.message());
        }
        if (findings.isEmpty()) {
            out.println("No initialization finding.");
        } else {
            for (Finding f : findings) {
                out.println(f.message());
            }
            if (healthy()) {
                out.println("No initialization finding.");
            }
        }
        for (String note : notes) {
            out.println("note: " + note);
        }
        out.flush();
    }

    private static String ratio(double x) {
        return Double.isFinite(x) ? String.format(Locale.ROOT, "%.2f", x) : Doctor.figure(x);
    }

    private static String share(double x) {
        return Double.isNaN(x) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * x);
    }

    private static String dash(double x) {
        return Double.isNaN(x) ? "-" : Doctor.figure(x);
    }
}
