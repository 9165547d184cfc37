/**
 * The {@code initlab} command: picocli commands that build specifications from options, run them through the core
 * and print the course's lines, with progress bars on a terminal. Errors about the core's fields are shown with the
 * options that set them, and InitLab's failures become exit statuses (2 for bad input, 1 otherwise).
 */
package org.initlab.cli;
