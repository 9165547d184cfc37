package org.initlab.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.preprocessor.FeedForwardToCnnPreProcessor;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.initlab.data.CsvExamples;
import org.initlab.data.Split;
import org.initlab.io.InputException;
import org.initlab.net.Matrices;
import org.nd4j.linalg.dataset.DataSet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * What the doctor examines, read and checked before it starts: a network's configuration from DL4J's JSON, and
 * examples that fit the network — as many features as it takes inputs, labels as its output wants them. Every
 * failure is one {@link InputException} naming the file or data set and what does not fit.
 */
public final class DoctorInputs {
    private DoctorInputs() {
    }

    /**
     * A configuration as {@code MultiLayerConfiguration.toJson()} writes it.
     *
     * @throws InputException naming the file when it is missing, not JSON, or not a DL4J multi-layer configuration
     */
    public static MultiLayerConfiguration configuration(Path file) {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such file");
        } catch (IOException e) {
            throw new InputException(file + ": cannot read (" + org.initlab.io.AtomicFiles.reason(e) + ")", e);
        }
        if (json.isBlank()) {
            throw new InputException(file + ": empty, not a DL4J configuration");
        }
        MultiLayerConfiguration conf;
        try {
            conf = MultiLayerConfiguration.fromJson(json);
        } catch (RuntimeException e) {
            throw new InputException(file + ": not a DL4J MultiLayerConfiguration ("
                    + (hasLayerList(json) ? reason(e) : "no layers in \"confs\"") + ")", e);
        }
        if (conf == null || conf.getConfs() == null || conf.getConfs().isEmpty()
                || conf.getConfs().stream().anyMatch(c -> c == null || c.getLayer() == null)) {
            throw new InputException(file + ": not a DL4J MultiLayerConfiguration (no layers in \"confs\")");
        }
        return conf;
    }

    /**
     * Whether {@code json} is an object with a {@code "confs"} array, which DL4J's reader takes for granted (on other
     * JSON it fails on a null list, which says nothing to the user); true for text that is not JSON, whose parse error
     * DL4J's reader reports. Asked only once the reader has failed.
     */
    private static boolean hasLayerList(String json) {
        try {
            JsonNode tree = new ObjectMapper().readTree(json);
            return tree == null || !tree.isObject() || tree.path("confs").isArray();
        } catch (IOException e) {
            return true;
        }
    }

    /** The network of {@code conf}, initialized from the configuration's own seed and weight initializers. */
    public static MultiLayerNetwork network(MultiLayerConfiguration conf, Path file) {
        try {
            MultiLayerNetwork net = new MultiLayerNetwork(conf);
            net.init();
            return net;
        } catch (RuntimeException e) {
            throw new InputException(file + ": DL4J cannot build this configuration (" + reason(e) + ")", e);
        }
    }

    /**
     * How many features per example the network takes as a matrix: its first layer's {@code nIn}, or for a
     * convolutional network fed flat ({@code InputType.convolutionalFlat}) height × width × channels; -1 when the
     * configuration does not say.
     */
    public static long inputWidth(MultiLayerNetwork net) {
        MultiLayerConfiguration conf = net.getLayerWiseConfigurations();
        InputPreProcessor pre = conf.getInputPreProcess(0);
        if (pre instanceof FeedForwardToCnnPreProcessor p) {
            return p.getInputHeight() * p.getInputWidth() * p.getNumChannels();
        }
        Layer first = conf.getConf(0).getLayer();
        if (pre == null && first instanceof FeedForwardLayer f && !(first instanceof ConvolutionLayer)) {
            return f.getNIn();
        }
        return -1;
    }

    /** The network's output units (its last layer's {@code nOut}), or -1 when the configuration does not say. */
    public static long outputWidth(MultiLayerNetwork net) {
        MultiLayerConfiguration conf = net.getLayerWiseConfigurations();
        Layer last = conf.getConf(conf.getConfs().size() - 1).getLayer();
        return last instanceof FeedForwardLayer f && f.getNOut() > 0 ? f.getNOut() : -1;
    }

    /**
     * The examples of {@code split} (one per row) as a DL4J data set for {@code net}.
     *
     * @param source the data set's name in messages ({@code circles})
     * @throws InputException when the features or labels do not fit the network
     */
    public static DataSet of(MultiLayerNetwork net, Split split, String source) {
        check(inputWidth(net), outputWidth(net), split, source);
        return new DataSet(Matrices.toNd(split.x()), Matrices.toNd(split.y()));
    }

    /**
     * Checks that {@code split} fits a network of {@code inputs} inputs and {@code outputs} outputs (-1: unknown),
     * before there is a network (an initializer fitted to the data needs the data first).
     *
     * @throws InputException when the features or labels do not fit
     */
    public static void check(long inputs, long outputs, Split split, String source) {
        int features = split.x().cols();
        if (inputs >= 0 && features != inputs) {
            throw new InputException(source + ": " + features + " feature" + (features == 1 ? "" : "s")
                    + " per example, but the network takes " + inputs + " input" + (inputs == 1 ? "" : "s"));
        }
        int labels = split.y().cols();
        if (outputs >= 0 && labels != outputs) {
            throw new InputException(source + ": " + labels + " label column" + (labels == 1 ? "" : "s")
                    + ", but the network has " + outputs + " output" + (outputs == 1 ? "" : "s"));
        }
    }

    /**
     * The examples of a CSV file as a DL4J data set for {@code net}: the file must have one column per input and a
     * label that is one of the network's classes.
     *
     * @throws InputException naming the file when its width or a label does not fit the network
     */
    public static DataSet of(MultiLayerNetwork net, CsvExamples csv) {
        Split split = split(inputWidth(net), outputWidth(net), csv);
        return new DataSet(Matrices.toNd(split.x()), Matrices.toNd(split.y()));
    }

    /**
     * The examples of a CSV file for a network of {@code inputs} inputs and {@code outputs} outputs (-1: unknown),
     * labels encoded as the output wants them.
     *
     * @throws InputException naming the file when its width or a label does not fit
     */
    public static Split split(long inputs, long outputs, CsvExamples csv) {
        if (inputs >= 0 && csv.width() != inputs) {
            throw new InputException(csv.file() + ": " + (csv.width() + 1) + " columns (" + csv.width()
                    + " feature" + (csv.width() == 1 ? "" : "s") + " and a label), but the network takes " + inputs
                    + " input" + (inputs == 1 ? "" : "s") + " (" + (inputs + 1) + " columns)");
        }
        return csv.split(outputs > 0 ? Math.toIntExact(outputs) : 1);
    }

    private static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        if (m == null) {
            return t.getClass().getSimpleName();
        }
        String line = m.lines().findFirst().orElse("").strip();
        return line.length() > 160 ? line.substring(0, 157) + "..." : line;
    }
}
