/**
 * The experiments' data sets as plain row-major matrices (examples in rows): the course's circles generated with
 * numpy's random stream bit for bit, the football, cat vs non-cat and MNIST files read and validated, the
 * activation probe's Gaussian input, and a user's labelled examples from CSV. Every bad file is reported as a
 * one-line {@link org.initlab.io.InputException} naming the file and the problem; this package knows nothing of
 * networks.
 */
package org.initlab.data;
