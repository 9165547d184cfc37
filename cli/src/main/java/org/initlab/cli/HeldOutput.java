package org.initlab.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Output held back while something else prints, then passed on in order: everything written before
 * {@link #release} is kept and written out by it, everything after goes straight through. Lets an experiment run
 * its arms at once and still print them one after the other.
 */
final class HeldOutput extends OutputStream {
    private final OutputStream target;
    private ByteArrayOutputStream held = new ByteArrayOutputStream();

    HeldOutput(OutputStream target) {
        this.target = target;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        if (held != null) {
            held.write(b);
        } else {
            target.write(b);
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        if (held != null) {
            held.write(b, off, len);
        } else {
            target.write(b, off, len);
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        if (held == null) {
            target.flush();
        }
    }

    /** Writes out what was held and lets later output through. */
    synchronized void release() throws IOException {
        if (held != null) {
            held.writeTo(target);
            held = null;
            target.flush();
        }
    }
}
