package org.initlab.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A PyTorch peer that cannot run is a reason to print, not a failure. */
class TorchPeerTest {
    @TempDir
    Path dir;

    private Path script() throws IOException {
        return Files.writeString(dir.resolve("torch_course.py"), "print('seconds: 1.0')\n");
    }

    private Path python(String body) throws IOException {
        Path p = dir.resolve("python-" + Math.abs(body.hashCode()));
        Files.writeString(p, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
        return p;
    }

    @Test
    void everyInterpreterTriedIsNamedWithItsError() throws IOException {
        Path noTorch = python("echo \"ModuleNotFoundError: No module named 'torch'\" >&2; exit 3");
        TorchPeer.Result r = TorchPeer.find(List.of(noTorch.toString(), "/nonexistent/python3"), script());
        assertTrue(r.peer().isEmpty());
        assertEquals("import torch failed (" + noTorch + ": ModuleNotFoundError: No module named 'torch'; "
                + "/nonexistent/python3: cannot run it); --torch-python PATH names an interpreter with torch",
                r.missing().reason());
    }

    @Test
    void theFirstInterpreterThatImportsTorchIsTaken() throws IOException {
        Path torch = python("echo torch 1.13.0; echo numpy 1.24.2; echo threads 1");
        TorchPeer.Result r = TorchPeer.find(List.of("/nonexistent/python3", torch.toString()), script());
        assertEquals("1.13.0", r.peer().orElseThrow().torch());
        assertTrue(r.peer().orElseThrow().describe().endsWith("torch 1.13.0, numpy 1.24.2, 1 thread)"),
                r.peer().orElseThrow().describe());
    }

    @Test
    void aMissingScriptIsNamed() {
        TorchPeer.Result r = TorchPeer.find(List.of("python3"), dir.resolve("none.py"));
        assertEquals("no " + dir.resolve("none.py") + " (--torch-peer PATH)", r.missing().reason());
    }
}
