/**
 * Initializers as DL4J {@code IWeightInit}s, each drawing numpy's legacy stream exactly. The course's schemes
 * ({@link org.initlab.init.NumpyStreamInit}; {@link org.initlab.init.DrawPlan} says where each layer starts in that
 * stream and {@link org.initlab.init.InitialValues} draws the same values without ND4J), and every initializer of
 * PyTorch's {@code torch.nn.init}, Keras and JAX, and LSUV, as the reference {@code init_catalog.py} draws them: one
 * stream seeded once, layers in order. Each also fills a convolution layer (fans from the receptive field), survives
 * DL4J's JSON and {@code ModelSerializer}, and parses from one name syntax, {@code NAME} or {@code NAME:key=value,…}.
 */
package org.initlab.init;
