package org.initlab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.initlab.io.InputException;
import org.initlab.io.Manifest;
import org.initlab.io.ResultFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code initlab verify PATH…}: checks results against their manifests, as every command that reads them does: a
 * result folder against its {@code manifest.json}, a {@code --json} file against the manifest beside it.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check results against the SHA-256 their manifests name: each PATH is a result folder "
                + "(--out DIR, run.save(dir)) or a result file with its NAME.manifest.json beside it (--json FILE).",
                "Exit status 0 when all match; 2 and one line naming the first file that does not."})
public final class VerifyCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "A result folder or a result file.")
    List<Path> paths;

    @Override
    public Integer call() {
        for (Path p : paths) {
            System.out.println(verify(p));
        }
        return ExitCodes.OK;
    }

    /** The line saying what matched, or an {@link InputException} naming what did not. */
    private static String verify(Path p) {
        if (Files.isDirectory(p)) {
            JsonNode m = ResultFolder.verify(p);
            return p + ": whole, " + count(m) + " matching " + Manifest.FILE_NAME;
        }
        if (!Files.exists(p)) {
            throw new InputException(p + ": no such file or folder");
        }
        String name = p.getFileName().toString();
        if (name.equals(Manifest.FILE_NAME) || name.endsWith(".manifest.json")) {
            JsonNode m = Manifest.verify(p);
            return p + ": " + count(m) + " beside it matching it";
        }
        if (Files.isRegularFile(Manifest.besides(p))) {
            Manifest.verifyBeside(p);
            return p + ": matches " + Manifest.besides(p).getFileName();
        }
        if (ResultFolder.verifyHolding(p)) {
            return p + ": its folder is whole, matching " + Manifest.FILE_NAME;
        }
        throw new InputException(p + ": no manifest names it (neither " + Manifest.besides(p).getFileName()
                + " beside it nor a " + Manifest.FILE_NAME + " of its folder)");
    }

    private static String count(JsonNode manifest) {
        int n = manifest.path(Manifest.SHA256).size();
        return n + (n == 1 ? " file" : " files");
    }
}
