package org.initlab.spark;

import org.initlab.io.InputException;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Spark master a sweep runs on: {@code local}, {@code local[N]} or {@code local[*]} (Spark embedded in this JVM, N
 * task threads or one per core), or {@code spark://HOST:PORT[,HOST:PORT…]} (a standalone cluster). Errors name the
 * field {@code spark}. Under {@code spark-submit}, {@code submit} is the master it was given ({@code --master}).
 *
 * @param url the master as Spark writes it
 */
public record SparkMaster(String url) {
    static final String FIELD = "spark";
    /** The master {@code spark-submit} configured this JVM for. */
    static final String SUBMIT = "submit";
    private static final Pattern LOCAL = Pattern.compile("local(\\[(\\*|[1-9][0-9]*)(,[1-9][0-9]*)?])?");
    private static final Pattern HOST_PORT = Pattern.compile("(\\[[0-9a-fA-F:.]+]|[^:/,\\[\\]]+):([0-9]{1,5})");

    /**
     * The master {@code url}.
     *
     * @throws InputException when it is none of the forms above
     */
    public static SparkMaster parse(String url) {
        String u = url == null ? "" : url.strip();
        if (LOCAL.matcher(u).matches()) {
            return new SparkMaster(u);
        }
        if (u.equals(SUBMIT)) {
            String submitted = System.getProperty("spark.master");
            if (submitted == null) {
                throw InputException.of(FIELD, u, "only under spark-submit, which gives the master: elsewhere give "
                        + "local[*], local[N] or spark://HOST:PORT");
            }
            return parse(submitted);
        }
        if (u.startsWith("spark://")) {
            hostPorts(u);
            return new SparkMaster(u);
        }
        throw InputException.of(FIELD, u.isEmpty() ? "''" : u,
                "not a Spark master: give local[*], local[N] or spark://HOST:PORT");
    }

    /** Whether Spark runs embedded in this JVM. */
    public boolean isLocal() {
        return url.startsWith("local");
    }

    /** The number of task threads of a local master: N for {@code local[N]}, the cores for {@code local[*]}. */
    public int localThreads() {
        Matcher m = LOCAL.matcher(url);
        if (!isLocal() || !m.matches()) {
            throw new IllegalStateException(url + " is not a local master");
        }
        if (m.group(2) == null) {
            return 1;
        }
        return m.group(2).equals("*") ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(m.group(2));
    }

    /**
     * Fails, within about {@code timeout} for each master of the URL, unless one of them accepts a connection: Spark's
     * own client retries an absent master for a minute before it gives up. A local master passes at once.
     *
     * @throws InputException naming the master and what the connection said
     */
    public void checkReachable(Duration timeout) {
        if (isLocal()) {
            return;
        }
        List<String> failures = new ArrayList<>();
        for (InetSocketAddress unresolved : hostPorts(url)) {
            InetSocketAddress address = new InetSocketAddress(unresolved.getHostString(), unresolved.getPort());
            if (address.isUnresolved()) {
                failures.add(address.getHostString() + ":" + address.getPort() + " (unknown host)");
                continue;
            }
            try (Socket socket = new Socket()) {
                socket.connect(address, (int) Math.max(1, timeout.toMillis()));
                return;
            } catch (SocketTimeoutException e) {
                failures.add(address.getHostString() + ":" + address.getPort() + " (no answer within "
                        + timeout.toSeconds() + " s)");
            } catch (IOException e) {
                failures.add(address.getHostString() + ":" + address.getPort() + " (" + e.getMessage() + ")");
            }
        }
        throw InputException.of(FIELD, url, "no Spark master answers at " + String.join(", ", failures));
    }

    private static List<InetSocketAddress> hostPorts(String url) {
        List<InetSocketAddress> addresses = new ArrayList<>();
        for (String part : url.substring("spark://".length()).split(",", -1)) {
            Matcher m = HOST_PORT.matcher(part);
            int port = m.matches() ? Integer.parseInt(m.group(2)) : -1;
            if (port < 1 || port > 65535) {
                throw InputException.of(FIELD, url, "not a Spark master: give spark://HOST:PORT, the port 1 to 65535");
            }
            String host = m.group(1).startsWith("[") ? m.group(1).substring(1, m.group(1).length() - 1) : m.group(1);
            addresses.add(InetSocketAddress.createUnresolved(host, port));
        }
        return addresses;
    }

    @Override
    public String toString() {
        return url;
    }
}
