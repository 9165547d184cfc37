package org.initlab.spark;

import org.initlab.io.InputException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SparkMasterTest {
    @Test
    void localMastersGiveTheirTaskThreads() {
        assertEquals(1, SparkMaster.parse("local").localThreads());
        assertEquals(3, SparkMaster.parse("local[3]").localThreads());
        assertEquals(2, SparkMaster.parse("local[2,4]").localThreads());
        assertEquals(Runtime.getRuntime().availableProcessors(), SparkMaster.parse("local[*]").localThreads());
        assertTrue(SparkMaster.parse(" local[*] ").isLocal());
    }

    @Test
    void clusterMastersAreParsed() {
        assertFalse(SparkMaster.parse("spark://node1:7077").isLocal());
        assertEquals("spark://a:7077,b:7078", SparkMaster.parse("spark://a:7077,b:7078").url());
        assertEquals("spark://[::1]:7077", SparkMaster.parse("spark://[::1]:7077").url());
    }

    @Test
    void aMalformedMasterNamesTheFieldAndTheForms() {
        for (String bad : new String[] {"", "yarn", "local[0]", "local[x]", "spark://host", "spark://host:0",
                "spark://host:70000", "spark://:7077", "spark://a:7077,"}) {
            InputException e = assertThrows(InputException.class, () -> SparkMaster.parse(bad), bad);
            assertEquals("spark", e.field(), bad);
            assertTrue(e.getMessage().contains("not a Spark master"), e.getMessage());
        }
    }

    @Test
    void submitIsTheMasterSparkSubmitGaveAndAnErrorElsewhere() {
        InputException e = assertThrows(InputException.class, () -> SparkMaster.parse("submit"));
        assertEquals("spark submit: only under spark-submit, which gives the master: elsewhere give local[*], "
                + "local[N] or spark://HOST:PORT", e.getMessage());
        System.setProperty("spark.master", "local[3]");
        try {
            assertEquals("local[3]", SparkMaster.parse("submit").url());
        } finally {
            System.clearProperty("spark.master");
        }
    }

    @Test
    void anUnreachableMasterIsOneLineAboutTheFieldWithinTheTimeout() {
        InputException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(InputException.class,
                () -> SparkRuntime.start(SparkMaster.parse("spark://127.0.0.1:1"), "test", Duration.ofSeconds(5))));
        assertEquals("spark", e.field());
        assertTrue(e.getMessage().startsWith("spark spark://127.0.0.1:1: no Spark master answers at 127.0.0.1:1 ("),
                e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void anUnknownHostIsSaid() {
        InputException e = assertThrows(InputException.class,
                () -> SparkMaster.parse("spark://no-such-host.invalid:7077").checkReachable(Duration.ofSeconds(2)));
        assertTrue(e.getMessage().endsWith("no-such-host.invalid:7077 (unknown host)"), e.getMessage());
    }

    @Test
    void aListeningMasterPassesTheCheck() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            SparkMaster.parse("spark://127.0.0.1:1,127.0.0.1:" + server.getLocalPort())
                    .checkReachable(Duration.ofSeconds(2));
        }
    }
}
