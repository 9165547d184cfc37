package org.initlab.init;

import org.initlab.spec.Identified;

import java.util.Locale;

/**
 * The distribution of {@link VarianceScaling}: {@code normal}, {@code truncated-normal} (cut at two standard
 * deviations and rescaled to the intended variance, as Keras does) or {@code uniform}.
 */
public enum Distribution implements Identified {
    NORMAL, TRUNCATED_NORMAL, UNIFORM;

    /** The reference's spelling: {@code normal}, {@code truncated-normal}, {@code uniform}. */
    @Override
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The distribution spelled {@code id} (also with {@code _}), or null. */
    static Distribution byId(String id) {
        for (Distribution d : values()) {
            if (d.id().equals(id.replace('_', '-'))) {
                return d;
            }
        }
        return null;
    }
}
