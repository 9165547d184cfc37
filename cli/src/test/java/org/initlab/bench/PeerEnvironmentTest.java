package org.initlab.bench;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The peer's environment: both OpenBLAS overrides unset together, nothing else touched. */
class PeerEnvironmentTest {
    @Test
    void bothOpenBlasOverridesAreUnsetAndReported() {
        Map<String, String> env = new HashMap<>(Map.of("OPENBLAS_CORETYPE", "Haswell", "OPENBLAS_L2_SIZE", "1048576",
                "OMP_NUM_THREADS", "1"));
        List<String> removed = PeerEnvironment.apply(env);
        assertEquals(List.of("OPENBLAS_CORETYPE=Haswell", "OPENBLAS_L2_SIZE=1048576"), removed);
        assertEquals(Map.of("OMP_NUM_THREADS", "1"), env);
        assertEquals(List.of("OMP_NUM_THREADS=1"), PeerEnvironment.threads(env));
        assertEquals("peer environment: unset OPENBLAS_CORETYPE=Haswell, OPENBLAS_L2_SIZE=1048576; "
                + "inherits OMP_NUM_THREADS=1", PeerEnvironment.describe(removed, PeerEnvironment.threads(env)));
    }

    @Test
    void withNeitherSetTheEnvironmentIsInheritedAsItIs() {
        Map<String, String> env = new HashMap<>(Map.of("PATH", "/usr/bin"));
        assertEquals(List.of(), PeerEnvironment.apply(env));
        assertEquals(Map.of("PATH", "/usr/bin"), env);
        assertEquals("peer environment: as inherited (OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE were not set); "
                + "no thread variable set", PeerEnvironment.describe(List.of(), List.of()));
    }
}
