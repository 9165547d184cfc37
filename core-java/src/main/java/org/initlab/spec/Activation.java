package org.initlab.spec;

/** Activation functions of hidden layers. */
public enum Activation implements Identified {
    RELU, SIGMOID, TANH;

    @Override
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses {@code relu}, {@code sigmoid} or {@code tanh}. */
    public static Activation parse(String s) {
        return Names.parse(Activation.class, s, "activation", "hidden");
    }
}
