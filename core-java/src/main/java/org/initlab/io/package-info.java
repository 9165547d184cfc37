/**
 * Files InitLab writes: JSON with Python's float formatting, manifests (configuration, seed, versions, date),
 * and atomic writes (a temporary file, then a rename), so no output is ever half-written. Also the user-facing
 * {@link org.initlab.io.InputException}.
 */
package org.initlab.io;
