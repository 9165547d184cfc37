package org.initlab.dsl.plot.internal

import java.io.BufferedOutputStream
import java.io.OutputStream
import java.nio.file.AtomicMoveNotSupportedException
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption.ATOMIC_MOVE
import java.nio.file.StandardCopyOption.REPLACE_EXISTING
import java.nio.file.StandardOpenOption.CREATE_NEW
import java.nio.file.StandardOpenOption.WRITE
import java.util.UUID

/**
 * Writes [target] through [write] without ever exposing a partial file: the bytes go to a hidden temporary
 * file in the same folder, which then replaces [target] in one atomic rename. On failure the temporary file
 * is removed and [target] is left as it was. The file gets the usual permissions (umask), not a temp file's.
 */
internal fun writeAtomically(target: Path, write: (OutputStream) -> Unit) {
    val folder = target.toAbsolutePath().parent
    Files.createDirectories(folder)
    val tmp = folder.resolve(".${target.fileName}.${UUID.randomUUID().toString().take(8)}.tmp")
    try {
        Files.newOutputStream(tmp, CREATE_NEW, WRITE).use { raw ->
            BufferedOutputStream(raw).use { buffered -> write(buffered) }
        }
        try {
            Files.move(tmp, target, ATOMIC_MOVE, REPLACE_EXISTING)
        } catch (e: AtomicMoveNotSupportedException) {
            Files.move(tmp, target, REPLACE_EXISTING)
        }
    } finally {
        Files.deleteIfExists(tmp)
    }
}
