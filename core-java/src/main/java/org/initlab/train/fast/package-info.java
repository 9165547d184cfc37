/**
 * The fast engine's arithmetic: the course's forward pass, cost, backward pass and gradient-descent update for
 * dense networks, written as loops over plain arrays ({@code double[][]}, one array per row) allocated once per run.
 *
 * <p>The numbers are the course's: every formula of {@code course_numpy.py} (and of the mini-batch peer of E5) is
 * evaluated with the same operations in the same order where numpy's order is known and cheap to follow — numpy's
 * pairwise summation for {@code np.sum}, {@code 1./m*np.dot(dZ, A_prev.T) + (lambd/m)*W}, {@code W -= lr*dW} — and
 * with a plain left-to-right sum where numpy hands the work to BLAS, whose order is its own. Two memory layouts
 * ({@link org.initlab.train.fast.ColumnLayout}, the course's {@code (units, m)}, and
 * {@link org.initlab.train.fast.RowLayout}, DL4J's {@code (m, units)}) compute every element with the same operations
 * in the same order, so they agree to the last bit; which one runs is a matter of speed only. One path changes the
 * rounding, not the algebra: full-batch runs without L2 whose inputs outnumber their examples (cat vs non-cat) carry
 * the input layer's {@code W1·X} through the Gram matrix {@code XᵀX} ({@link org.initlab.train.fast.GramInput}),
 * and agree with the plain products to 1e-12.
 *
 * <p>Entry point: {@link org.initlab.train.fast.FastTraining}, called by {@link org.initlab.train.FastEngine}: it
 * reads the initial parameters from a DL4J network and writes the trained ones back, or starts from a course
 * initializer's values and returns a {@link org.initlab.train.fast.FastNetwork} that fills a DL4J network later.
 */
package org.initlab.train.fast;
