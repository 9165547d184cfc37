package org.initlab.spec;

/**
 * How inverted-dropout masks are drawn. {@link #FAITHFUL}: as the course does, re-seeding numpy's stream with 1 at
 * every forward pass, so every iteration draws the same masks; {@link #FRESH}: new masks every iteration from the
 * run's stream.
 */
public enum DropoutMode implements Identified {
    FAITHFUL, FRESH;

    @Override
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static DropoutMode parse(String s) {
        return Names.parse(DropoutMode.class, s, "dropout mode", "dropoutMode");
    }
}
