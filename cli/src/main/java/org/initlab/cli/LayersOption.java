package org.initlab.cli;

import org.initlab.io.InputException;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of {@code --layers} for a command that takes one network: the sizes of one occurrence, input first. The
 * option is single-valued, so a second {@code --layers} is refused rather than appended to the first (which made
 * {@code --layers 2,10,1 --layers 2,5,1} one network of six layers).
 */
final class LayersOption {
    private LayersOption() {
    }

    /** The sizes in {@code text} ({@code 2,10,5,1}); an empty or non-numeric piece is an error about {@code layers}. */
    static List<Integer> sizes(String text) {
        List<Integer> sizes = new ArrayList<>();
        for (String piece : text.split(",", -1)) {
            try {
                sizes.add(Integer.valueOf(piece.trim()));
            } catch (NumberFormatException e) {
                throw InputException.of("layers", text, "not a list of whole numbers (e.g. 2,10,5,1)");
            }
        }
        return List.copyOf(sizes);
    }
}
