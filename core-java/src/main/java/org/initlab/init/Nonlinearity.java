package org.initlab.init;

import org.initlab.spec.Identified;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The nonlinearities {@link Gain#calculateGain} knows, spelled as PyTorch spells them ({@code leaky_relu}). */
public enum Nonlinearity implements Identified {
    LINEAR, IDENTITY, CONV1D, CONV2D, CONV3D, SIGMOID, TANH, RELU, LEAKY_RELU, SELU;

    /** PyTorch's spelling: {@code linear}, {@code leaky_relu}, … */
    @Override
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The nonlinearity spelled {@code id} ({@code leaky_relu} or {@code leaky-relu}), or null. */
    static Nonlinearity byId(String id) {
        for (Nonlinearity n : values()) {
            if (n.id().equals(id.replace('-', '_'))) {
                return n;
            }
        }
        return null;
    }

    static String ids() {
        return Arrays.stream(values()).map(Nonlinearity::id).collect(Collectors.joining(", "));
    }
}
