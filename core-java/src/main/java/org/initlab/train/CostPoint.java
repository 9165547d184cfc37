package org.initlab.train;

/** The cost at one iteration (computed before that iteration's update). */
public record CostPoint(long iteration, double cost) {
}
