/**
 * The seed experiments, each a named specification (and how it is presented), not a program of its own. A newcomer
 * finds E1–E9 here by the names the command line uses.
 */
package org.initlab.experiment;
