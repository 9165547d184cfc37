/**
 * Files InitLab writes: JSON with Python's float formatting, manifests (configuration, seed, versions, native math,
 * date, and each file's SHA-256), atomic files (a temporary file, then a rename), and result folders that appear
 * whole or not at all. Also the failures a user can act on, {@link org.initlab.io.InitLabException}, among them
 * {@link org.initlab.io.InputException}.
 *
 * <p>The pieces of a result, usable alone or together:
 * <ul>
 * <li>{@link org.initlab.io.ResultFolder}: {@code open(dir, field)} before the long work (takes the lock, fails early
 * on a file in the way, a path under a file, a folder that is not InitLab's, a read-only or full file system),
 * {@code write}/{@code writeJson}/{@code writeFiles} into a hidden sibling folder, {@code commit(what, config)} writes
 * {@code manifest.json} and puts the folder in place in one step (on Linux {@code renameat2(RENAME_EXCHANGE)}), and
 * {@code close()} leaves nothing behind without a commit. {@code verify(dir)} checks a folder on reading.
 * <li>{@link org.initlab.io.FolderLock}: one writer per target, a lock file {@code .NAME.lock} with the owner's pid;
 * a live owner is refused ({@code out out/cc: in use by another InitLab run (pid N)}), a killed one's lock is taken
 * over and said so; released on close, on a graceful stop and at exit.
 * <li>{@link org.initlab.io.Manifest}: {@code write}, {@code writeBeside} (the manifest of a single JSON result,
 * naming its hash, so a mismatched pair is told apart), {@code verify}, {@code verifyBeside} and {@code sha256}.
 * </ul>
 */
package org.initlab.io;
