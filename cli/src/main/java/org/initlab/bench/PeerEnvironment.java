package org.initlab.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one change the benchmark makes to the numpy peer's environment. On some processors this workplace sets
 * {@code OPENBLAS_CORETYPE} (and {@code OPENBLAS_L2_SIZE}) so that older OpenBLAS builds compute right; they also
 * slow a current numpy, whose OpenBLAS needs neither. For a fair comparison both are unset together for the peer
 * alone. InitLab keeps them, as it does in everyday use. Everything else, the BLAS thread variables included, the
 * peer inherits as it is; those are reported, since {@code initlab}'s launcher sets {@code OMP_NUM_THREADS=1} when
 * it is unset, and the peer started from it inherits that too.
 */
public final class PeerEnvironment {
    /** The variables unset for the peer. */
    public static final List<String> UNSET = List.of("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE");

    /** The variables that set numpy's BLAS threads; the peer inherits them, and the report says how they stand. */
    public static final List<String> THREADS = List.of("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS");

    private PeerEnvironment() {
    }

    /** The thread variables set in {@code env}, as {@code NAME=VALUE}. */
    public static List<String> threads(Map<String, String> env) {
        return THREADS.stream().filter(env::containsKey).map(n -> n + "=" + env.get(n)).toList();
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

    /** One line saying what {@link #apply} removed and which thread variables the peer inherits. */
    public static String describe(List<String> removed, List<String> threads) {
        String unset = removed.isEmpty()
                ? "as inherited (" + String.join(" and ", UNSET) + " were not set)"
                : "unset " + String.join(", ", removed);
        String inherited = threads.isEmpty() ? "no thread variable set" : "inherits " + String.join(", ", threads);
        return "peer environment: " + unset + "; " + inherited;
    }
}
