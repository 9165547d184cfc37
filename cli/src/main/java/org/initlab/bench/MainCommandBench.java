package org.initlab.bench;

import org.initlab.io.AtomicFiles;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The main command, {@code ./kotlinw scripts/he.main.kts}, against the Python peer {@link PlotsPeer}, each a whole
 * process as a user runs it: warmed up first (kotlinw's caches filled: InitLab installed, the script compiled, its
 * class-data archive written), then run in pairs, the pair's order reversed every other time, so that neither side
 * always meets the machine as the other left it. Also the first run in a fresh clone ({@link FirstRun}).
 */
public final class MainCommandBench {
    /** The main command's script, relative to the repository. */
    public static final String SCRIPT = "scripts/he.main.kts";

    /** What kotlinw says on stderr (with {@code KOTLINW_VERBOSE=1}) once a run is as warm as it gets. */
    static final String WARM = "with the class-data archive";

    private static final int MAX_WARM_UP = 5;

    private final Repository repository;
    private final Optional<PlotsPeer> peer;
    private final PrintStream log;

    /** A pair of runs, InitLab's and the peer's (absent when there is no peer). */
    public record Pair(MeasuredProcess initlab, Optional<MeasuredProcess> python) {
        /** InitLab's wall time over the peer's. */
        public double ratio() {
            return python.map(p -> initlab.wall() / p.wall()).orElse(Double.NaN);
        }
    }

    /** @param log where each run is reported as it is made */
    public MainCommandBench(Repository repository, Optional<PlotsPeer> peer, PrintStream log) {
        this.repository = repository;
        this.peer = peer;
        this.log = log;
    }

    /** Runs the main command until kotlinw runs it as warm as it gets (at most five times), and the peer once. */
    public void warmUp() {
        for (int i = 1; ; i++) {
            MeasuredProcess p = initlab(Map.of("KOTLINW_VERBOSE", "1"));
            boolean warm = p.stderrText().contains(WARM);
            log.printf(Locale.ROOT, "warm-up %d: %s%s%n", i, seconds(p.wall()), warm ? " (warm)" : "");
            if (warm) {
                break;
            }
            if (i == MAX_WARM_UP) {
                log.println("warm-up: kotlinw does not run the script directly here (see KOTLINW_VERBOSE=1 "
                        + "./kotlinw " + SCRIPT + "); timing it as it runs");
                break;
            }
        }
        peer.ifPresent(p -> {
            MeasuredProcess run = python(p);
            log.printf(Locale.ROOT, "warm-up: python peer %s%n", seconds(run.wall()));
        });
    }

    /** {@code runs} pairs, alternately InitLab first and the peer first. */
    public List<Pair> measure(int runs) {
        List<Pair> pairs = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            MeasuredProcess mine;
            Optional<MeasuredProcess> theirs;
            if (r % 2 == 0) {
                mine = initlab(Map.of());
                theirs = peer.map(this::python);
            } else {
                theirs = peer.map(this::python);
                mine = initlab(Map.of());
            }
            Pair pair = new Pair(mine, theirs);
            pairs.add(pair);
            log.printf(Locale.ROOT, "run %d/%d: InitLab %s, CPU %s, peak %s%s%n", r + 1, runs, seconds(mine.wall()),
                    seconds(mine.cpu()), MainCommandTable.mebibytes(mine.peakMemory()),
                    theirs.map(t -> String.format(Locale.ROOT, "; python %s, CPU %s, peak %s; ratio %.2f",
                            seconds(t.wall()), seconds(t.cpu()), MainCommandTable.mebibytes(t.peakMemory()),
                            pair.ratio())).orElse(""));
        }
        return pairs;
    }

    /**
     * The first run in a fresh clone of the repository's committed {@code HEAD}: InitLab not installed, the Kotlin
     * compiler not fetched, the script not compiled; everything they need already downloaded. The clone gets a home
     * of its own whose local Maven repository holds links to every artifact of the user's but InitLab's, and is
     * offline (so that a missing download fails rather than being timed); then the second and third runs.
     *
     * @param userRepository the user's local Maven repository ({@code ./kotlinw --repository})
     * @throws RunFailedException when the clone or a run fails
     */
    public FirstRun firstRun(Path userRepository) {
        Path tmp;
        try {
            tmp = Files.createTempDirectory("initlab-first-run");
        } catch (IOException e) {
            throw new RunFailedException("first run: cannot make a temporary folder (" + e.getMessage() + ")");
        }
        try {
            Path clone = tmp.resolve("clone");
            Path home = tmp.resolve("home");
            git(List.of("git", "clone", "-q", repository.root().toString(), clone.toString()));
            Path repo = linkAllButInitLab(userRepository, tmp.resolve("repository"));
            Files.createDirectories(home.resolve(".m2"));
            Files.writeString(home.resolve(".m2").resolve("settings.xml"), "<settings>\n  <localRepository>" + repo
                    + "</localRepository>\n  <offline>true</offline>\n</settings>\n");
            List<MeasuredProcess> runs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                ProcessBuilder b = new ProcessBuilder(clone.resolve("kotlinw").toString(), SCRIPT).directory(clone.toFile());
                Map<String, String> env = b.environment();
                env.put("JAVA_OPTS", withUserHome(env.get("JAVA_OPTS"), home));
                env.put("MAVEN_OPTS", withUserHome(env.get("MAVEN_OPTS"), home));
                env.put("KOTLINW_CACHE", tmp.resolve("kotlinw-cache").toString());
                env.put("KOTLINW_VERBOSE", "1");
                MeasuredProcess p = checked(b, "first run " + (i + 1) + " in a fresh clone");
                log.printf(Locale.ROOT, "fresh clone, run %d: %s%n", i + 1, seconds(p.wall()));
                runs.add(p);
            }
            return FirstRun.of(runs.get(0), runs.get(1), runs.get(2));
        } catch (IOException e) {
            throw new RunFailedException("first run: " + e.getMessage());
        } finally {
            AtomicFiles.deleteTree(tmp);
        }
    }

    private MeasuredProcess initlab(Map<String, String> extra) {
        ProcessBuilder b = new ProcessBuilder(repository.root().resolve("kotlinw").toString(), SCRIPT)
                .directory(repository.root().toFile());
        b.environment().putAll(extra);
        return checked(b, "./kotlinw " + SCRIPT);
    }

    private MeasuredProcess python(PlotsPeer p) {
        Path out;
        try {
            out = Files.createTempDirectory("initlab-bench-python");
        } catch (IOException e) {
            throw new RunFailedException("python peer: cannot make a temporary folder (" + e.getMessage() + ")");
        }
        try {
            return checked(p.command(out), "python peer " + p.script().getFileName());
        } finally {
            AtomicFiles.deleteTree(out);
        }
    }

    /** Runs and measures {@code b}; it must exit with 0 and print its pictures' line. */
    private static MeasuredProcess checked(ProcessBuilder b, String what) {
        MeasuredProcess p;
        try {
            p = MeasuredProcess.run(b);
        } catch (IOException e) {
            throw new RunFailedException(what + ": cannot run it (" + e.getMessage() + ")");
        }
        if (p.exitCode() != 0) {
            throw new RunFailedException(what + " failed (exit " + p.exitCode() + "): " + p.lastErrorLine());
        }
        if (!p.stdout().contains("Cost after iteration 14000: ") || !p.stdout().contains("Pictures in ")) {
            throw new RunFailedException(what + " did not print the He experiment's last cost and its pictures");
        }
        return p;
    }

    private static void git(List<String> command) {
        MeasuredProcess p;
        try {
            p = MeasuredProcess.run(new ProcessBuilder(command));
        } catch (IOException e) {
            throw new RunFailedException("first run: cannot run git (" + e.getMessage() + ")");
        }
        if (p.exitCode() != 0) {
            throw new RunFailedException("first run: " + String.join(" ", command) + " failed: " + p.lastErrorLine());
        }
    }

    /** {@code options} with {@code -Duser.home=HOME} in place of any user.home it set. */
    static String withUserHome(String options, Path home) {
        String rest = options == null ? "" : options.replaceAll("-Duser\\.home=\\S*", "").strip();
        return (rest.isEmpty() ? "" : rest + " ") + "-Duser.home=" + home;
    }

    /**
     * A local repository at {@code to} that links to every group folder of {@code from} but InitLab's
     * ({@code org/initlab}), which it leaves out.
     */
    static Path linkAllButInitLab(Path from, Path to) throws IOException {
        Files.createDirectories(to.resolve("org"));
        try (Stream<Path> top = Files.list(from)) {
            for (Path p : (Iterable<Path>) top::iterator) {
                if (!p.getFileName().toString().equals("org")) {
                    Files.createSymbolicLink(to.resolve(p.getFileName().toString()), p);
                }
            }
        }
        Path org = from.resolve("org");
        if (Files.isDirectory(org)) {
            try (Stream<Path> groups = Files.list(org)) {
                for (Path p : (Iterable<Path>) groups::iterator) {
                    if (!p.getFileName().toString().equals("initlab")) {
                        Files.createSymbolicLink(to.resolve("org").resolve(p.getFileName().toString()), p);
                    }
                }
            }
        }
        return to;
    }

    private static String seconds(double s) {
        return Double.isNaN(s) ? "?" : String.format(Locale.ROOT, "%.2f s", s);
    }
}
