package org.initlab.cli;

/**
 * The {@code --init} option of every command. Its value is parsed by the core's one parser,
 * {@code org.initlab.init.Initializers.parse}, whose errors name the field {@code init}, shown as {@code --init}.
 */
final class InitOption {
    /** What {@code --help} says about {@code --init}. */
    static final String HELP = "zeros, random (x10), he, xavier, normal:SIGMA, nielsen, large, or a catalogue "
            + "initializer NAME[:key=value,...]: variance-scaling, glorot-uniform, glorot-normal, he-uniform, "
            + "he-normal, lecun-uniform, lecun-normal, xavier-normal, xavier-uniform, kaiming-normal, "
            + "kaiming-uniform, orthogonal, delta-orthogonal, identity, dirac, sparse, trunc-normal, normal, uniform, "
            + "constant, ones, lsuv (see docs/initializers.md).";

    private InitOption() {
    }
}
