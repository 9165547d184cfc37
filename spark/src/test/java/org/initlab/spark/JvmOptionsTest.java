package org.initlab.spark;

import org.apache.spark.launcher.JavaModuleOptions;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JvmOptionsTest {
    @Test
    void jvmOptionsAreThoseSparksLauncherGivesOnJava17() {
        assertEquals(Arrays.asList(JavaModuleOptions.defaultModuleOptions().split(" ")), JvmOptions.all());
    }

    @Test
    void testJvmIsStartedWithEveryOption() {
        assertEquals(java.util.List.of(), JvmOptions.missing());
    }
}
