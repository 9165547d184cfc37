/**
 * Files InitLab writes: JSON with Python's float formatting, manifests (configuration, seed, versions, native math,
 * date), and atomic writes (a temporary file, then a rename), so no output is ever half-written. Also the failures a
 * user can act on, {@link org.initlab.io.InitLabException}, among them {@link org.initlab.io.InputException}.
 */
package org.initlab.io;
