package org.initlab.data;

import org.initlab.io.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CsvExamplesTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void featuresThenALabelPerLineWithOrWithoutAHeader() throws IOException {
        CsvExamples plain = CsvExamples.read(write("a.csv", "0.5,-1,1\n2,3e-1,0\n\n"));
        assertEquals(new Matrix(2, 2, new double[] {0.5, -1, 2, 0.3}), plain.features());
        assertArrayEquals(new int[] {1, 0}, plain.labels());
        assertArrayEquals(new int[] {1, 2}, plain.lines());
        CsvExamples headed = CsvExamples.read(write("b.csv", "x0,x1,label\n0.5,-1,1.0\n"));
        assertEquals(1, headed.size());
        assertEquals(2, headed.width());
    }

    @Test
    void aSplitColumnKeepsTheTrainingRows() throws IOException {
        CsvExamples c = CsvExamples.read(write("c.csv", "split,x0,label\ntrain,1,0\ntest,2,1\ntrain,3,1\n"));
        assertEquals(new Matrix(2, 1, new double[] {1, 3}), c.features());
        assertArrayEquals(new int[] {2, 4}, c.lines());
    }

    @Test
    void labelsBecomeAColumnOrOneHotRows() throws IOException {
        CsvExamples c = CsvExamples.read(write("d.csv", "1,2\n3,0\n4,1\n"));
        assertEquals(new Matrix(3, 3, new double[] {0, 0, 1, 1, 0, 0, 0, 1, 0}), c.split(3).y());
        InputException e = assertThrows(InputException.class, () -> c.split(1));
        assertEquals(dir.resolve("d.csv") + ": line 1: label 2 does not fit the network's 1 output (labels 0 or 1)",
                e.getMessage());
    }

    @Test
    void badFilesAreOneLineNamingTheFileAndLine() throws IOException {
        assertEquals(dir.resolve("e.csv") + ": line 2 has 2 values, the lines before it 3",
                assertThrows(InputException.class, () -> CsvExamples.read(write("e.csv", "1,2,0\n1,0\n")))
                        .getMessage());
        assertEquals(dir.resolve("f.csv") + ": line 2: 'abc' is not a finite number",
                assertThrows(InputException.class, () -> CsvExamples.read(write("f.csv", "1,2,0\nabc,2,1\n")))
                        .getMessage());
        assertEquals(dir.resolve("g.csv") + ": line 1: the label '0.5' is not a class index (0, 1, …)",
                assertThrows(InputException.class, () -> CsvExamples.read(write("g.csv", "1,2,0.5\n")))
                        .getMessage());
        assertEquals(dir.resolve("h.csv") + ": no examples",
                assertThrows(InputException.class, () -> CsvExamples.read(write("h.csv", "x0,label\n")))
                        .getMessage());
        assertEquals(dir.resolve("i.csv") + ": missing",
                assertThrows(InputException.class, () -> CsvExamples.read(dir.resolve("i.csv"))).getMessage());
    }
}
