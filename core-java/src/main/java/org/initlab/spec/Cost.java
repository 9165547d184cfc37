package org.initlab.spec;

/**
 * Cost functions. {@link #CROSS_ENTROPY}: the course's {@code J = (1/m) nansum(-y log a - (1-y) log(1-a))};
 * {@link #QUADRATIC}: Nielsen's {@code (1/m) Σ ½‖y − a‖²}.
 */
public enum Cost implements Identified {
    CROSS_ENTROPY("cross-entropy"), QUADRATIC("quadratic");

    private final String id;

    Cost(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    public static Cost parse(String s) {
        return Names.parse(Cost.class, s, "cost", "cost");
    }
}
