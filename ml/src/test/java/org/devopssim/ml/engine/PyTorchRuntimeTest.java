package org.devopssim.ml.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PyTorchRuntimeTest {

    @Test
    void startsOfflineAndComputesAForwardPass() {
        assertEquals(6.0f, PyTorchRuntime.selfTestForwardPass(), 1e-6f);
        assertEquals("true", System.getProperty("ai.djl.offline"));
    }

    @Test
    void reportsPyTorchWithAVersion() {
        EngineStatus status = PyTorchRuntime.status();
        assertEquals("PyTorch", status.engineName());
        assertFalse(status.engineVersion().isBlank());
        assertTrue(status.statusLine().startsWith("ML: PyTorch "), status.statusLine());
    }
}
