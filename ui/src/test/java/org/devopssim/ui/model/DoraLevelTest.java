package org.devopssim.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DoraLevelTest {

    @Test
    void bandsFollowTheReport() {
        assertEquals(DoraLevel.ELITE, DoraLevel.ofDeploysPerDay(3));
        assertEquals(DoraLevel.HIGH, DoraLevel.ofDeploysPerDay(0.5));
        assertEquals(DoraLevel.MEDIUM, DoraLevel.ofDeploysPerDay(1 / 10.0));
        assertEquals(DoraLevel.LOW, DoraLevel.ofDeploysPerDay(1 / 60.0));

        assertEquals(DoraLevel.ELITE, DoraLevel.ofLeadTimeSeconds(45 * 60));
        assertEquals(DoraLevel.HIGH, DoraLevel.ofLeadTimeSeconds(2 * 86_400));
        assertEquals(DoraLevel.LOW, DoraLevel.ofLeadTimeSeconds(60 * 86_400));

        assertEquals(DoraLevel.ELITE, DoraLevel.ofChangeFailureRate(0.05));
        assertEquals(DoraLevel.HIGH, DoraLevel.ofChangeFailureRate(0.08));
        assertEquals(DoraLevel.MEDIUM, DoraLevel.ofChangeFailureRate(0.15));
        assertEquals(DoraLevel.LOW, DoraLevel.ofChangeFailureRate(0.5));

        assertEquals(DoraLevel.ELITE, DoraLevel.ofTimeToRestoreSeconds(600));
        assertEquals(DoraLevel.HIGH, DoraLevel.ofTimeToRestoreSeconds(5 * 3600));
        assertEquals(DoraLevel.MEDIUM, DoraLevel.ofTimeToRestoreSeconds(3 * 86_400));
        assertEquals(DoraLevel.LOW, DoraLevel.ofTimeToRestoreSeconds(20 * 86_400));
        assertEquals("Elite", DoraLevel.ELITE.label());
    }
}
