package org.devopssim.ml.forecast;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.devopssim.ml.data.BadInputException;
import org.devopssim.ml.engine.PyTorchRuntime;

/**
 * One file per forecaster: a header with the {@link ForecastSpec}, then DJL's parameter stream with its
 * length and CRC-32 (a flipped byte is reported, not loaded as different weights). Version 2 is an MLP
 * (MLPs are still written so, which keeps the shipped file and its reproduction byte for byte); version 3
 * adds the {@link Architecture} by name after the spec. Saving
 * writes a temporary file beside the target, forces it to disk and renames it over the target, so a
 * crash leaves either the old model or the new one, never half of one.
 */
public final class ForecastModelFile {

    private static final int MAGIC = 0x44534643; // "DSFC"
    private static final int VERSION_MLP = 2;
    private static final int VERSION = 3;
    private static final int MAX_WEIGHT_BYTES = 64 << 20;

    private ForecastModelFile() {
    }

    public static void save(MlpLoadForecaster forecaster, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            try (OutputStream raw = Files.newOutputStream(temp)) {
                write(forecaster, raw);
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Writes the header and weights to a stream (left open). */
    public static void write(MlpLoadForecaster forecaster, OutputStream target) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(target));
        ForecastSpec spec = forecaster.spec();
        boolean mlp = spec.architecture() == Architecture.MLP;
        out.writeInt(MAGIC);
        out.writeInt(mlp ? VERSION_MLP : VERSION);
        out.writeInt(spec.lags());
        out.writeInt(spec.horizon());
        out.writeInt(spec.seasonRows());
        out.writeInt(spec.stepSeconds());
        out.writeInt(spec.hidden());
        if (!mlp) {
            out.writeUTF(spec.architecture().id());
        }
        byte[] weights = parameters(forecaster);
        out.writeInt(weights.length);
        out.write(weights);
        out.writeLong(crc(weights));
        out.flush();
    }

    /** The weights alone, as DJL writes them: to copy a model for training while the original serves. */
    static byte[] parameters(MlpLoadForecaster forecaster) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            forecaster.model().getBlock().saveParameters(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static long crc(byte[] bytes) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    public static MlpLoadForecaster load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file, 0, "no such file");
        }
    }

    /**
     * Reads a model from a stream, for instance a resource shipped in the application's jar.
     *
     * @param name how to name the source in error messages
     */
    public static MlpLoadForecaster read(InputStream stream, Path name) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(stream))) {
            if (in.readInt() != MAGIC) {
                throw new BadInputException(name, 0, "not a DevOps Simulator forecast model");
            }
            int version = in.readInt();
            if (version != VERSION && version != VERSION_MLP) {
                throw new BadInputException(name, 0, "forecast model version " + version + ", expected " + VERSION_MLP
                        + " or " + VERSION);
            }
            ForecastSpec spec;
            try {
                int lags = in.readInt();
                int horizon = in.readInt();
                int seasonRows = in.readInt();
                int stepSeconds = in.readInt();
                int hidden = in.readInt();
                Architecture architecture = version == VERSION_MLP ? Architecture.MLP : Architecture.of(in.readUTF());
                spec = new ForecastSpec(lags, horizon, seasonRows, stepSeconds, hidden, architecture);
            } catch (IllegalArgumentException | java.io.UTFDataFormatException e) {
                throw new BadInputException(name, 0, "corrupt model header: " + e.getMessage());
            }
            Model model = Model.newInstance("load-forecaster", Device.cpu(), PyTorchRuntime.engine().getEngineName());
            try {
                int length = in.readInt();
                if (length < 0 || length > MAX_WEIGHT_BYTES) {
                    throw new MalformedModelException("weights of " + length + " bytes");
                }
                byte[] weights = in.readNBytes(length);
                if (weights.length != length || in.readLong() != crc(weights) || in.read() != -1) {
                    throw new MalformedModelException("checksum mismatch");
                }
                Block block = spec.architecture().newBlock(spec);
                block.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, spec.inputs()));
                block.loadParameters(model.getNDManager(), new DataInputStream(new java.io.ByteArrayInputStream(weights)));
                model.setBlock(block);
                return new MlpLoadForecaster(model, spec);
            } catch (MalformedModelException | EOFException e) {
                model.close();
                throw new BadInputException(name, 0, "truncated or corrupt model weights (" + e.getMessage() + ")");
            } catch (IOException | RuntimeException e) {
                model.close();
                throw e;
            }
        } catch (EOFException e) {
            throw new BadInputException(name, 0, "truncated model header");
        }
    }
}
