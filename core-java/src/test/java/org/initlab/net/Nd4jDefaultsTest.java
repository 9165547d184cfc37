package org.initlab.net;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.initlab.spec.EngineKind;
import org.initlab.spec.ExperimentSpec;
import org.initlab.train.Trainer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** InitLab's networks are double precision by their own configuration, not by changing ND4J's defaults. */
class Nd4jDefaultsTest {
    @Test
    void buildingAndTrainingANetworkLeavesNd4jsDefaultDataTypesAlone() {
        DataType floating = Nd4j.defaultFloatingPointType();
        DataType data = Nd4j.dataType();
        ExperimentSpec spec = ExperimentSpec.builder().iterations(3).engine(EngineKind.DL4J).build();
        MultiLayerNetwork net = CourseNetworks.build(spec, 300);
        Trainer.run(spec);
        assertEquals(DataType.DOUBLE, net.params().dataType());
        assertEquals(floating, Nd4j.defaultFloatingPointType());
        assertEquals(data, Nd4j.dataType());
    }
}
