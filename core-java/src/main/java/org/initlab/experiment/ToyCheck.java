package org.initlab.experiment;

import org.initlab.analysis.GradientCheck;
import org.initlab.analysis.GradientDifference;
/**
 * The course's 1-D gradient check: {@code J(θ) = θ·x}, whose derivative is {@code dJ/dθ = x}, against the central
 * difference {@code gradapprox = (J(θ + ε) − J(θ − ε)) / (2ε)}, computed step by step as the notebook does
 * ({@code thetaplus = theta + epsilon}, {@code J_plus = thetaplus * x}, …), so the difference comes out bit for bit
 * as numpy's: {@code 2.919335883291695e-10} for {@code x = 2}, {@code θ = 4}, {@code ε = 1e-7}.
 *
 * @param x          the input
 * @param theta      the parameter
 * @param epsilon    the step ε
 * @param grad       the analytic derivative, {@code x}
 * @param gradapprox the central difference
 * @param difference {@code |grad − gradapprox| / (|grad| + |gradapprox|)}
 * @param threshold  the largest difference that passes
 */
public record ToyCheck(double x, double theta, double epsilon, double grad, double gradapprox, double difference,
                       double threshold) {

    /** The course's case: {@code x = 2}, {@code θ = 4}, {@code ε = 1e-7}, threshold {@code 2e-7}. */
    public static ToyCheck course() {
        return of(2, 4, GradientCheck.EPSILON, GradientCheck.THRESHOLD);
    }

    /** The check of {@code J(θ) = θ·x} at {@code theta}. */
    public static ToyCheck of(double x, double theta, double epsilon, double threshold) {
        double thetaplus = theta + epsilon;
        double thetaminus = theta - epsilon;
        double jPlus = thetaplus * x;
        double jMinus = thetaminus * x;
        double gradapprox = (jPlus - jMinus) / (2 * epsilon);
        double grad = x;
        double difference = GradientDifference.of(new double[] {grad}, new double[] {gradapprox});
        return new ToyCheck(x, theta, epsilon, grad, gradapprox, difference, threshold);
    }

    /** Whether the difference is at most the threshold. */
    public boolean passed() {
        return difference <= threshold;
    }
}
