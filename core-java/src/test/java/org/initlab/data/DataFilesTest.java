package org.initlab.data;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.util.zip.ZipException;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DataFilesTest {
    @Test
    void reasonDropsTheClassNamesOfWrappedCauses() {
        IOException wrapped = new IOException(new ZipException("invalid code lengths set"));
        assertEquals("invalid code lengths set", DataFiles.reason(wrapped));
        assertEquals("invalid code lengths set", DataFiles.reason(new IllegalStateException(wrapped)));
    }

    @Test
    void reasonWithoutAMessageIsTheClassNameInWords() {
        assertEquals("buffer underflow", DataFiles.reason(new BufferUnderflowException()));
        assertEquals("buffer underflow", DataFiles.reason(new IllegalStateException(new BufferUnderflowException())));
    }

    @Test
    void reasonKeepsAPlainMessageOnOneLine() {
        assertEquals("Failed to load children for group '//' at address '96'",
                DataFiles.reason(new RuntimeException("Failed to load children\n  for group '//' at address '96'")));
    }
}
