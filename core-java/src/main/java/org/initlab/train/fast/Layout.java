package org.initlab.train.fast;

/**
 * How a batch of activations and a layer's weights sit in memory, as arrays of rows, and the matrix products of
 * training in that arrangement. The course's quantities, in its notation, for a layer with {@code nIn} inputs,
 * {@code nOut} units and {@code m} examples:
 * <pre>
 *   forward   Z  = W·A + b          Z[j,i]  = (Σ_k W[j,k]·A[k,i]) + b[j]
 *   weights   G  = dZ·Aᵀ            G[j,k]  = Σ_i dZ[j,i]·A[k,i]
 *   inputs    dA = Wᵀ·dZ            dA[k,i] = Σ_j W[j,k]·dZ[j,i]
 *   biases    g  = Σ_i dZ[·,i]      g[j]    = np.sum(dZ[j,:]) in numpy's pairwise order
 * </pre>
 * Every implementation adds the terms of each sum from left to right (terms with a zero factor may be left out:
 * adding ±0 changes nothing), so all layouts give the same bits. The weight gradient is returned unscaled; the caller
 * applies {@code 1/m} and L2.
 *
 * <p>A batch buffer of {@code units × m} holds {@link #rows} arrays of at least {@link #length} values; the loops
 * run along those arrays, each indexed from 0, which the JIT compiler turns into vector instructions.
 */
interface Layout {
    /** A batch buffer for {@code units} values of up to {@code maxBatch} examples. */
    double[][] allocate(int units, int maxBatch);

    /** How many arrays of a batch buffer of {@code units × m} are in use. */
    int rows(int units, int m);

    /** How many values of each of those arrays are in use. */
    int length(int units, int m);

    /** Activation (unit {@code unit}, example {@code example}). */
    double get(double[][] a, int unit, int example);

    void set(double[][] a, int unit, int example, double value);

    /** A weight buffer for the course's {@code W} of shape {@code (nOut, nIn)}. */
    double[][] allocateWeights(int nIn, int nOut);

    /** The course's {@code W[out, in]}. */
    double weight(double[][] w, int out, int in);

    void setWeight(double[][] w, int out, int in, double value);

    /** {@code z = W·a + b}. */
    void forward(double[][] w, double[] b, double[][] a, double[][] z, int nIn, int nOut, int m);

    /**
     * {@code dw = dz·aᵀ}, in the weights' orientation. Rows of the gradient that are zero because no example has a
     * non-zero input there (blank pixels) may be skipped: the rows written are listed in {@code touched} in increasing
     * order and their number returned; the other rows of {@code dw} hold stale values and are to be read as zero.
     * {@code rows}, when not null, holds the same activations as {@code a} example by example
     * ({@code rows[i][k] = A[k,i]}); a layout may use it to avoid transposing {@code a}.
     */
    int weightGradient(double[][] dz, double[][] a, double[][] rows, double[][] dw, int nIn, int nOut, int m,
                       int[] touched);

    /** {@code da = Wᵀ·dz}. */
    void inputGradient(double[][] w, double[][] dz, double[][] da, int nIn, int nOut, int m);

    /** {@code db[j] = Σ_i dz[j,i]} in numpy's pairwise order. */
    void biasGradient(double[][] dz, double[] db, int nOut, int m);

    /**
     * Copies examples into a batch buffer: example {@code s} of the batch is row {@code order[from + s]} of the
     * row-major {@code src} ({@code rows × cols}), or row {@code from + s} when {@code order} is null.
     */
    void load(double[] src, int cols, int[] order, int from, int m, double[][] dst);
}
