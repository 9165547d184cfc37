/**
 * Initializers as DL4J {@code IWeightInit}s. The course's draw numpy's legacy stream exactly as the course does
 * ({@link org.initlab.init.NumpyStreamInit}); {@link org.initlab.init.DrawPlan} says where each layer starts in that
 * stream and {@link org.initlab.init.InitialValues} draws the same values without ND4J.
 */
package org.initlab.init;
