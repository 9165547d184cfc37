package org.initlab.cli;

import org.initlab.init.InitSpecException;
import org.initlab.init.Initializers;
import org.initlab.io.InputException;
import org.initlab.spec.InitSpec;

/** The {@code --init} option of every command: the core's initializer names, its errors told as {@code --init}'s. */
final class InitOption {
    /** What {@code --help} says about {@code --init}. */
    static final String HELP = "zeros, random (x10), he, xavier, normal:SIGMA, nielsen, large, or a catalogue "
            + "initializer NAME[:key=value,...]: variance-scaling, glorot-uniform, glorot-normal, he-uniform, "
            + "he-normal, lecun-uniform, lecun-normal, xavier-normal, kaiming-normal, kaiming-uniform, orthogonal, "
            + "identity, sparse, trunc-normal, normal, uniform, constant, ones, lsuv (see docs/initializers.md).";

    private InitOption() {
    }

    /** The initializer {@code value} names. @throws InputException naming {@code --init} and what is wrong */
    static InitSpec parse(String value) {
        try {
            return Initializers.parse(value);
        } catch (InitSpecException e) {
            throw new InputException("--init " + e.text() + ": " + e.problem(), e);
        }
    }
}
