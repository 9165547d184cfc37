/**
 * Every initializer of PyTorch's {@code torch.nn.init}, Keras and JAX, and LSUV, as DL4J {@code IWeightInit}s that
 * draw numpy's legacy stream exactly as the reference {@code init_catalog.py} does: one stream seeded once, layers in
 * order. Each initializer also fills a convolution layer (fans from the receptive field), survives DL4J's JSON and
 * {@code ModelSerializer}, and parses from one name syntax, {@code NAME} or {@code NAME:key=value,…}.
 */
package org.initlab.init;
