package org.initlab.io;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * Exchanging two folders in one step, where the system can: Linux's {@code renameat2(RENAME_EXCHANGE)} (kernel 3.15,
 * glibc 2.28; ext4, XFS, Btrfs, tmpfs and most local file systems), reached through JNA. Elsewhere, and on file
 * systems that refuse it, {@link #exchange} says so and the caller falls back to two renames.
 */
final class FolderSwap {
    private static final int AT_FDCWD = -100;
    private static final int RENAME_EXCHANGE = 1 << 1;
    private static final int EINVAL = 22;
    private static final int ENOSYS = 38;
    private static final int EOPNOTSUPP = 95;

    /** The C library's {@code renameat2}, or null where there is none. */
    private static final Libc LIBC = load();

    private FolderSwap() {
    }

    /** JNA mapping of the C library's {@code renameat2}. */
    interface Libc extends Library {
        int renameat2(int olddirfd, byte[] oldpath, int newdirfd, byte[] newpath, int flags) throws LastErrorException;
    }

    private static Libc load() {
        if (!Platform.isLinux()) {
            return null;
        }
        try {
            return Native.load("c", Libc.class);
        } catch (Throwable unavailable) {
            return null;
        }
    }

    /**
     * Exchanges the folders {@code a} and {@code b} (both must exist) atomically: each name then holds what the other
     * held, and no moment has either missing.
     *
     * @return false, having changed nothing, where this system or file system cannot exchange
     * @throws IOException when it could but failed
     */
    static boolean exchange(Path a, Path b) throws IOException {
        if (LIBC == null) {
            return false;
        }
        try {
            LIBC.renameat2(AT_FDCWD, bytes(a), AT_FDCWD, bytes(b), RENAME_EXCHANGE);
            return true;
        } catch (LastErrorException e) {
            int errno = e.getErrorCode();
            if (errno == EINVAL || errno == ENOSYS || errno == EOPNOTSUPP) {
                return false;
            }
            throw new FileSystemException(a.toString(), b.toString(), strip(e.getMessage()));
        } catch (UnsatisfiedLinkError noRenameat2) {
            return false;
        }
    }

    /** Whether {@link #exchange} can be tried at all here (the C library has {@code renameat2}). */
    static boolean available() {
        return LIBC != null;
    }

    /** A path as the system's calls take it: in the file-name encoding, ending with NUL. */
    private static byte[] bytes(Path p) {
        String enc = System.getProperty("sun.jnu.encoding");
        Charset cs = enc == null ? Charset.defaultCharset() : Charset.forName(enc);
        byte[] b = p.toAbsolutePath().toString().getBytes(cs);
        byte[] z = new byte[b.length + 1];
        System.arraycopy(b, 0, z, 0, b.length);
        return z;
    }

    /** JNA's {@code [errno] message} without the number. */
    private static String strip(String message) {
        return message == null ? "failed" : message.replaceFirst("^\\[\\d+]\\s*", "");
    }
}
