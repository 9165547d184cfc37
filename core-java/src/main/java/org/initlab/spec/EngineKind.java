package org.initlab.spec;

/**
 * Which engine runs the arithmetic of training. {@link #DL4J}: DL4J's own {@code fit}; {@link #FAST}: InitLab's
 * fused forward/backward for small dense networks, which writes its result back into the DL4J network;
 * {@link #AUTO}: the default, the fast engine (which runs every specification exactly).
 */
public enum EngineKind implements Identified {
    AUTO, DL4J, FAST;

    @Override
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static EngineKind parse(String s) {
        return Names.parse(EngineKind.class, s, "engine", "engine");
    }
}
