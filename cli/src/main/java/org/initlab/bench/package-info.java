/**
 * The speed benchmark against the course's numpy code: each experiment runs in InitLab and in the numpy peer
 * alternately, in one run on one machine, and the report is the ratio of their training times, the two whole
 * processes' times, and how closely InitLab's printed numbers match the peer's. Speed is judged here, never by a
 * timed test.
 */
package org.initlab.bench;
