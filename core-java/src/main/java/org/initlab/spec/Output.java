package org.initlab.spec;

/** The output layer: one sigmoid per output (the course), or a softmax over the outputs. */
public enum Output implements Identified {
    SIGMOID, SOFTMAX;

    @Override
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Output parse(String s) {
        return Names.parse(Output.class, s, "output", "output");
    }
}
