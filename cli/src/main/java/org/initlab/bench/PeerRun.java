package org.initlab.bench;

/**
 * One run of the numpy peer.
 *
 * @param output         what it printed
 * @param processSeconds wall time of its whole process
 */
public record PeerRun(PeerOutput output, double processSeconds) {
    /** The peer's own training time ({@code seconds:}). */
    public double trainingSeconds() {
        return output.trainingSeconds().orElseThrow();
    }
}
