package org.initlab.numpy;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PyFloatTest {
    @Test
    void writesTheCoursesCostsAsPythonDoes() {
        assertEquals("0.6931471805599453", PyFloat.repr(0.6931471805599453));
        assertEquals("0.8830537463419761", PyFloat.repr(0.8830537463419761));
        assertEquals("0.96", PyFloat.repr(0.96));
        assertEquals("0.5", PyFloat.repr(0.5));
        assertEquals("1.0", PyFloat.repr(1.0));
        assertEquals("inf", PyFloat.repr(Double.POSITIVE_INFINITY));
        assertEquals("-inf", PyFloat.repr(Double.NEGATIVE_INFINITY));
        assertEquals("nan", PyFloat.repr(Double.NaN));
    }

    @Test
    void switchesToScientificNotationWherePythonDoes() {
        assertEquals("1.1890913024229996e-07", PyFloat.repr(1.1890913024229996e-07));
        assertEquals("2.919335883291695e-10", PyFloat.repr(2.919335883291695e-10));
        assertEquals("0.0001", PyFloat.repr(1e-4));
        assertEquals("1e-05", PyFloat.repr(1e-5));
        assertEquals("1000000000000000.0", PyFloat.repr(1e15));
        assertEquals("1e+16", PyFloat.repr(1e16));
        assertEquals("1.5e+300", PyFloat.repr(1.5e300));
        assertEquals("-0.0", PyFloat.repr(-0.0));
        assertEquals("123.456", PyFloat.repr(123.456));
        assertEquals("5e-324", PyFloat.repr(Double.MIN_VALUE));
    }

    @Test
    void choosesShortestDigitsWhereJava17DoesNot() {
        assertEquals("2.82879384806159e+17", PyFloat.repr(2.82879384806159E17));
        assertEquals("1e+23", PyFloat.repr(1e23));
    }

    @Test
    void readsBackToTheSameBits() {
        NumpyRandomState r = new NumpyRandomState(42);
        for (int i = 0; i < 10_000; i++) {
            double x = Double.longBitsToDouble(r.nextUInt32() << 32 | r.nextUInt32());
            if (Double.isFinite(x)) {
                assertEquals(Double.doubleToRawLongBits(x), Double.doubleToRawLongBits(PyFloat.parse(PyFloat.repr(x))), "x=" + x);
            }
        }
    }
}
