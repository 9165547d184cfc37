package org.initlab.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one change the benchmark makes to the numpy peer's environment. On some processors this workplace sets
 * {@code OPENBLAS_CORETYPE} (and {@code OPENBLAS_L2_SIZE}) so that older OpenBLAS builds compute right; they also
 * slow a current numpy, whose OpenBLAS needs neither. For a fair comparison both are unset together for the peer
 * alone. InitLab keeps them, as it does in everyday use.
 */
public final class PeerEnvironment {
    /** The variables unset for the peer. */
    public static final List<String> UNSET = List.of("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE");

    private PeerEnvironment() {
    }

    /** Removes {@link #UNSET} from {@code env} and returns what was removed, as {@code NAME=VALUE}. */
    public static List<String> apply(Map<String, String> env) {
        List<String> removed = new ArrayList<>();
        for (String name : UNSET) {
            String value = env.remove(name);
            if (value != null) {
                removed.add(name + "=" + value);
            }
        }
        return removed;
    }

    /** One line saying what {@link #apply} removed. */
    public static String describe(List<String> removed) {
        return removed.isEmpty()
                ? "peer environment: as inherited (" + String.join(" and ", UNSET) + " were not set)"
                : "peer environment: unset " + String.join(", ", removed);
    }
}
