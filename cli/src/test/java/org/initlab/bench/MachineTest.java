package org.initlab.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The machine kind the report records, read from /proc/cpuinfo. */
class MachineTest {
    @Test
    void theProcessorIsNamedWithItsFamilyModelAndVectorWidth() {
        List<String> intel = List.of("processor\t: 0", "vendor_id\t: GenuineIntel", "cpu family\t: 6", "model\t\t: 143",
                "model name\t: Intel(R) Xeon(R) Processor", "flags\t\t: fpu sse2 avx avx2 avx512f avx512dq", "",
                "processor\t: 1", "model name\t: Other");
        assertEquals("Intel(R) Xeon(R) Processor (family 6, model 143, AVX-512)", Machine.describe(intel));
        List<String> amd = List.of("cpu family\t: 25", "model\t\t: 1", "model name\t: AMD EPYC 7B13 64-Core Processor",
                "flags\t\t: fpu sse2 avx avx2 fma");
        assertEquals("AMD EPYC 7B13 64-Core Processor (family 25, model 1, AVX2)", Machine.describe(amd));
    }
}
