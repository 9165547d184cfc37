package org.initlab.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FolderLockTest {
    @TempDir
    Path dir;

    @Test
    void aSecondWriterInTheSameProgramIsRefusedAndTheFirstKeepsItsLock() throws IOException {
        Path target = dir.resolve("cc");
        try (FolderLock first = FolderLock.acquire(target, "out")) {
            InputException e = assertThrows(InputException.class, () -> FolderLock.acquire(target, "out"));
            assertEquals("out " + target + ": in use by another InitLab run (pid " + ProcessHandle.current().pid() + ")",
                    e.getMessage());
            assertEquals("--out " + target + ": in use by another InitLab run (pid " + ProcessHandle.current().pid()
                    + ")", e.message(f -> "--" + f));
            assertTrue(Files.exists(first.file()), "the refused attempt left the lock file alone");
            assertEquals(dir.toRealPath().resolve(".cc.lock"), first.file());
        }
        try (FolderLock again = FolderLock.acquire(target, "out")) {
            assertEquals(OptionalLong.empty(), again.takenOverFrom(), "a released lock is free, not stale");
        }
    }

    @Test
    void twoTargetsNeverShareALock() {
        try (FolderLock a = FolderLock.acquire(dir.resolve("a"), "out");
             FolderLock b = FolderLock.acquire(dir.resolve("b"), "out")) {
            assertFalse(a.file().equals(b.file()));
        }
    }

    @Test
    void aLockHeldByAnotherProgramIsRefusedNamingItsPid() throws Exception {
        Path target = dir.resolve("cc");
        Process holder = LockHolder.start(target);
        try {
            InputException e = assertThrows(InputException.class, () -> FolderLock.acquire(target, "out"));
            assertEquals("out " + target + ": in use by another InitLab run (pid " + holder.pid() + ")", e.getMessage());
            holder.getOutputStream().write("go on\n".getBytes(StandardCharsets.UTF_8));
            holder.getOutputStream().flush();
            assertTrue(holder.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, holder.exitValue());
        } finally {
            holder.destroyForcibly();
        }
        assertFalse(Files.exists(dir.resolve(".cc.lock")), "released on a normal exit");
        try (FolderLock mine = FolderLock.acquire(target, "out")) {
            assertEquals(OptionalLong.empty(), mine.takenOverFrom());
        }
    }

    @Test
    void aKilledOwnersLockIsTakenOverAndSaidSo() throws Exception {
        Path target = dir.resolve("cc");
        Process holder = LockHolder.start(target);
        holder.destroyForcibly();
        assertTrue(holder.waitFor(60, TimeUnit.SECONDS));
        assertTrue(Files.readString(dir.resolve(".cc.lock")).startsWith(holder.pid() + " "), "a SIGKILL leaves it");
        try (FolderLock mine = FolderLock.acquire(target, "out")) {
            assertEquals(OptionalLong.of(holder.pid()), mine.takenOverFrom());
            assertEquals(Optional.of("--out " + target + ": took over the stale lock of pid " + holder.pid()
                    + ", a run that is no longer running"), mine.notice(f -> "--" + f));
            assertTrue(Files.readString(mine.file()).startsWith(ProcessHandle.current().pid() + " "));
        }
        assertFalse(Files.exists(dir.resolve(".cc.lock")));
    }

    @Test
    void closingRemovesTheLockFileAndTheFoldersAcquireCreated() {
        Path target = dir.resolve("a/b/cc");
        try (FolderLock lock = FolderLock.acquire(target, "out")) {
            assertTrue(Files.isDirectory(dir.resolve("a/b")));
            assertEquals(Optional.empty(), lock.notice(UnaryOperator.identity()));
        }
        assertFalse(Files.exists(dir.resolve("a")), "nothing left where nothing was written");
    }

    @Test
    void aPathUnderARegularFileIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "x");
        InputException e = assertThrows(InputException.class, () -> FolderLock.acquire(file.resolve("cc"), "out"));
        assertEquals("out " + file.resolve("cc") + ": " + file + " is not a folder", e.getMessage());
        assertEquals("x", Files.readString(file));
    }
}
