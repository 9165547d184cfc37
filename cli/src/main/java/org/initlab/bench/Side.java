package org.initlab.bench;

/** Who ran an experiment: the two Python peers, InitLab on DL4J's own {@code fit}, and InitLab's fast engine. */
public enum Side {
    /** The course's numpy code, {@code numpy_course.py}. */
    NUMPY("numpy"),
    /** The same work as a PyTorch user writes it, {@code torch_course.py}. */
    TORCH("PyTorch"),
    /** {@code initlab experiment NAME --engine dl4j}: DL4J's own {@code fit}. */
    DL4J("DL4J fit"),
    /** {@code initlab experiment NAME}: the fast engine. */
    INITLAB("InitLab");

    private final String label;

    Side(String label) {
        this.label = label;
    }

    /** The name in the report's headers. */
    public String label() {
        return label;
    }

    /** The name in the JSON report. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
