package org.initlab.experiment;

import org.initlab.spec.Activation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One arm of the activation-distribution experiment (E4): the hidden activation and the standard deviation of the
 * weights, {@code w = randn(n_in, n_out) · scale}, with {@code scale} either fixed or {@code sqrt(gain / n_in)}:
 * gain 1 is Xavier (Glorot &amp; Bengio 2010, Saito's {@code np.sqrt(1.0 / node_num)}), gain 2 is He (He et al.
 * 2015, {@code np.sqrt(2.0 / node_num)}).
 *
 * @param name       e.g. {@code sigmoid/std-0.01}, {@code relu/he}
 * @param activation the activation of every layer
 * @param std        the fixed scale; ignored when {@code gain > 0}
 * @param gain       the fan-in gain, or 0 for the fixed scale
 */
public record ActivationConfig(String name, Activation activation, double std, double gain) {
    public ActivationConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(activation, "activation");
        if (gain > 0 ? !Double.isFinite(gain) : !(std > 0 && Double.isFinite(std))) {
            throw new IllegalArgumentException(name + ": needs a positive std or a positive gain");
        }
    }

    /** {@code w = randn · std}, named {@code ACTIVATION/std-STD}. */
    public static ActivationConfig fixed(Activation activation, double std) {
        return new ActivationConfig(activation.id() + "/std-" + BigDecimal.valueOf(std).stripTrailingZeros()
                .toPlainString(), activation, std, 0.0);
    }

    /** {@code w = randn · sqrt(1 / n_in)}, named {@code ACTIVATION/xavier}. */
    public static ActivationConfig xavier(Activation activation) {
        return new ActivationConfig(activation.id() + "/xavier", activation, 0.0, 1.0);
    }

    /** {@code w = randn · sqrt(2 / n_in)}, named {@code ACTIVATION/he}. */
    public static ActivationConfig he(Activation activation) {
        return new ActivationConfig(activation.id() + "/he", activation, 0.0, 2.0);
    }

    /**
     * The seven arms of E4: sigmoid with std 1, 0.01 and Xavier (Saito, "Deep Learning from Scratch", §6.2.2); ReLU
     * with std 0.01, Xavier and He (§6.2.3); tanh with Xavier.
     */
    public static List<ActivationConfig> course() {
        return List.of(
                fixed(Activation.SIGMOID, 1.0), fixed(Activation.SIGMOID, 0.01), xavier(Activation.SIGMOID),
                fixed(Activation.RELU, 0.01), xavier(Activation.RELU), he(Activation.RELU),
                xavier(Activation.TANH));
    }

    /** The course arm called {@code name}. */
    public static ActivationConfig named(String name) {
        return course().stream().filter(c -> c.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no activation configuration '" + name + "'"));
    }

    /** The weights' standard deviation for layers of {@code nIn} inputs. */
    public double scale(int nIn) {
        return gain > 0 ? Math.sqrt(gain / nIn) : std;
    }
}
