package org.initlab.init;

import org.initlab.spec.Identified;

import java.util.Locale;

/**
 * Which fan scales a layer's variance: {@code fan_in} (inputs per unit, {@code n_{l-1}}, times the receptive field of
 * a convolution), {@code fan_out} (units, {@code n_l}, times the receptive field) or {@code fan_avg}, their mean.
 */
public enum FanMode implements Identified {
    FAN_IN, FAN_OUT, FAN_AVG;

    /** The reference's spelling: {@code fan_in}, {@code fan_out}, {@code fan_avg}. */
    @Override
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** This fan of {@code shape}. */
    public double of(WeightShape shape) {
        return switch (this) {
            case FAN_IN -> shape.fanIn();
            case FAN_OUT -> shape.fanOut();
            case FAN_AVG -> shape.fanAvg();
        };
    }

    /** The mode spelled {@code id} ({@code fan_in}, also {@code fan-in}), or null. */
    static FanMode byId(String id) {
        for (FanMode m : values()) {
            if (m.id().equals(id.replace('-', '_'))) {
                return m;
            }
        }
        return null;
    }
}
