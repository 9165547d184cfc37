package org.initlab.spark;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;

/**
 * The main class for {@code spark-submit}: {@code initlab sweep} with the given options, on the Spark that
 * {@code spark-submit} configured ({@code --master}, its settings and jars): the same as
 * {@code initlab sweep --spark submit OPTIONS…}.
 */
public final class SubmitMain {
    private SubmitMain() {
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        List<String> command = new ArrayList<>(List.of("sweep", "--spark", SparkMaster.SUBMIT));
        command.addAll(List.of(args));
        Object status;
        try {
            status = Class.forName("org.initlab.cli.Main").getMethod("run", String[].class)
                    .invoke(null, (Object) command.toArray(new String[0]));
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
        System.exit((Integer) status);
    }
}
