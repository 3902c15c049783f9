package org.devopssim.ml.rl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.devopssim.ml.data.BadInputException;
import org.devopssim.simulation.spi.ScalingState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyFileTest {

    @TempDir
    Path dir;

    static LearnedScalingPolicy randomPolicy(long seed) {
        Random r = new Random(seed);
        int[] sizes = {ScalingFeatures.COUNT, 8, 8, 4};
        float[][] w = new float[3][];
        float[][] b = new float[3][];
        for (int l = 0; l < 3; l++) {
            w[l] = new float[sizes[l] * sizes[l + 1]];
            b[l] = new float[sizes[l + 1]];
            for (int k = 0; k < w[l].length; k++) {
                w[l][k] = (float) r.nextGaussian();
            }
            for (int k = 0; k < b[l].length; k++) {
                b[l][k] = (float) r.nextGaussian();
            }
        }
        return new LearnedScalingPolicy(new PolicyNetwork(sizes, w, b), "test policy " + seed);
    }

    @Test
    void roundTripKeepsEveryWeightAndDecision() throws Exception {
        LearnedScalingPolicy policy = randomPolicy(1);
        Path file = dir.resolve("policy.bin");
        PolicyFile.save(policy, file);
        LearnedScalingPolicy back = PolicyFile.load(file);
        assertEquals(policy, back);
        assertEquals("test policy 1", back.description());
        Random r = new Random(2);
        for (int i = 0; i < 200; i++) {
            ScalingState s = new ScalingState("api", i, r.nextDouble() * 4000, r.nextDouble() * 4000, r.nextDouble() * 1.5,
                    r.nextInt(20), r.nextInt(3), r.nextDouble() * 100, 200, 3, 20, 45);
            assertEquals(policy.decide(s), back.decide(s));
            assertArrayEquals(policy.network().forward(ScalingFeatures.of(s)), back.network().forward(ScalingFeatures.of(s)));
        }
    }

    @Test
    void aForeignFileIsNamedAndRefused() throws Exception {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "these are not weights at all");
        BadInputException e = assertThrows(BadInputException.class, () -> PolicyFile.load(file));
        assertTrue(e.getMessage().contains("notes.txt") && e.getMessage().contains("not a DevOps Simulator autoscaling policy"),
                e.getMessage());
    }

    @Test
    void aFlippedByteOrATruncationIsReportedNotLoaded() throws Exception {
        byte[] good = PolicyFile.bytes(randomPolicy(3));
        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 0x10;
        BadInputException e = assertThrows(BadInputException.class,
                () -> PolicyFile.read(new ByteArrayInputStream(flipped), Path.of("flipped.bin")));
        assertTrue(e.getMessage().startsWith("flipped.bin") && e.getMessage().contains("checksum"), e.getMessage());
        byte[] cut = Arrays.copyOf(good, good.length - 20);
        e = assertThrows(BadInputException.class, () -> PolicyFile.read(new ByteArrayInputStream(cut), Path.of("cut.bin")));
        assertTrue(e.getMessage().startsWith("cut.bin"), e.getMessage());
    }

    @Test
    void anotherFormatVersionIsNamed() {
        byte[] other = PolicyFile.bytes(randomPolicy(4));
        other[7] = 9;
        BadInputException e = assertThrows(BadInputException.class,
                () -> PolicyFile.read(new ByteArrayInputStream(other), Path.of("future.bin")));
        assertTrue(e.getMessage().contains("version 9, expected " + PolicyFile.VERSION), e.getMessage());
    }

    @Test
    void aMissingFileIsNamed() {
        BadInputException e = assertThrows(BadInputException.class, () -> PolicyFile.load(dir.resolve("nope.bin")));
        assertTrue(e.getMessage().contains("nope.bin") && e.getMessage().contains("no such file"), e.getMessage());
    }
}
