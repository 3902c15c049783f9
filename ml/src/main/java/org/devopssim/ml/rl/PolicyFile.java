package org.devopssim.ml.rl;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32;
import org.devopssim.ml.data.BadInputException;

/**
 * One file per learned autoscaling policy: magic "DSRL", a format version, the description, the layer
 * sizes, the weights as floats, then a CRC-32 of everything before it (a flipped byte is reported, never
 * loaded as a different policy). Saved atomically (temporary file, forced, renamed over the target).
 */
public final class PolicyFile {

    private static final int MAGIC = 0x4453524C; // "DSRL"
    public static final int VERSION = 1;
    private static final int MAX_LAYER = 4096;

    private PolicyFile() {
    }

    public static void save(LearnedScalingPolicy policy, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            Files.write(temp, bytes(policy));
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    public static byte[] bytes(LearnedScalingPolicy policy) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            PolicyNetwork n = policy.network();
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(policy.description());
            out.writeInt(n.sizes().length);
            for (int size : n.sizes()) {
                out.writeInt(size);
            }
            for (int l = 0; l < n.weights().length; l++) {
                for (float w : n.weights()[l]) {
                    out.writeFloat(w);
                }
                for (float b : n.biases()[l]) {
                    out.writeFloat(b);
                }
            }
            out.flush();
            CRC32 crc = new CRC32();
            crc.update(bytes.toByteArray());
            out.writeLong(crc.getValue());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static LearnedScalingPolicy load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file, 0, "no such file");
        }
    }

    /**
     * @param name names the source in error messages
     * @throws BadInputException when it is not a policy file, of another version, truncated, corrupt or of
     *                           a shape the autoscaler cannot use
     */
    public static LearnedScalingPolicy read(InputStream stream, Path name) throws IOException {
        byte[] all = stream.readAllBytes();
        if (all.length < 8) {
            throw new BadInputException(name, 0, "not a DevOps Simulator autoscaling policy (too short)");
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(all))) {
            if (in.readInt() != MAGIC) {
                throw new BadInputException(name, 0, "not a DevOps Simulator autoscaling policy");
            }
            int version = in.readInt();
            if (version != VERSION) {
                throw new BadInputException(name, 0, "autoscaling policy format version " + version + ", expected " + VERSION);
            }
            CRC32 crc = new CRC32();
            crc.update(all, 0, all.length - 8);
            long stored = java.nio.ByteBuffer.wrap(all, all.length - 8, 8).getLong();
            if (stored != crc.getValue()) {
                throw new BadInputException(name, 0, "checksum mismatch: the policy file is truncated or corrupt");
            }
            String description = in.readUTF();
            int layers = in.readInt();
            if (layers < 2 || layers > 16) {
                throw new BadInputException(name, 0, "corrupt policy header: " + layers + " layers");
            }
            int[] sizes = new int[layers];
            for (int l = 0; l < layers; l++) {
                sizes[l] = in.readInt();
                if (sizes[l] < 1 || sizes[l] > MAX_LAYER) {
                    throw new BadInputException(name, 0, "corrupt policy header: layer " + l + " has " + sizes[l] + " units");
                }
            }
            float[][] weights = new float[layers - 1][];
            float[][] biases = new float[layers - 1][];
            for (int l = 0; l < layers - 1; l++) {
                weights[l] = floats(in, sizes[l] * sizes[l + 1], name);
                biases[l] = floats(in, sizes[l + 1], name);
            }
            if (in.available() != 8) {
                throw new BadInputException(name, 0, "corrupt policy: " + (in.available() - 8) + " unexpected bytes after the weights");
            }
            try {
                return new LearnedScalingPolicy(new PolicyNetwork(sizes, weights, biases), description);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(name, 0, e.getMessage());
            }
        } catch (EOFException e) {
            throw new BadInputException(name, 0, "truncated autoscaling policy");
        }
    }

    private static float[] floats(DataInputStream in, int n, Path name) throws IOException {
        float[] f = new float[n];
        for (int i = 0; i < n; i++) {
            f[i] = in.readFloat();
            if (!Float.isFinite(f[i])) {
                throw new BadInputException(name, 0, "corrupt policy: a weight is not a finite number");
            }
        }
        return f;
    }
}
