package org.devopssim.ml.forecast;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.SequentialBlock;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
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
 * One file per forecaster: a header with the {@link ForecastSpec}, then DJL's parameter stream. Saving
 * writes a temporary file beside the target, forces it to disk and renames it over the target, so a
 * crash leaves either the old model or the new one, never half of one.
 */
public final class ForecastModelFile {

    private static final int MAGIC = 0x44534643; // "DSFC"
    private static final int VERSION = 1;

    private ForecastModelFile() {
    }

    public static void save(MlpLoadForecaster forecaster, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            try (OutputStream raw = Files.newOutputStream(temp);
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw))) {
                ForecastSpec spec = forecaster.spec();
                out.writeInt(MAGIC);
                out.writeInt(VERSION);
                out.writeInt(spec.lags());
                out.writeInt(spec.horizon());
                out.writeInt(spec.seasonRows());
                out.writeInt(spec.stepSeconds());
                out.writeInt(spec.hidden());
                forecaster.model().getBlock().saveParameters(out);
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    public static MlpLoadForecaster load(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != MAGIC) {
                throw new BadInputException(file, 0, "not a DevOps Simulator forecast model");
            }
            int version = in.readInt();
            if (version != VERSION) {
                throw new BadInputException(file, 0, "forecast model version " + version + ", expected " + VERSION);
            }
            ForecastSpec spec;
            try {
                spec = new ForecastSpec(in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt());
            } catch (IllegalArgumentException e) {
                throw new BadInputException(file, 0, "corrupt model header: " + e.getMessage());
            }
            Model model = Model.newInstance("load-forecaster", Device.cpu(), PyTorchRuntime.engine().getEngineName());
            try {
                SequentialBlock block = MlpLoadForecaster.newBlock(spec);
                block.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, spec.inputs()));
                block.loadParameters(model.getNDManager(), in);
                model.setBlock(block);
                return new MlpLoadForecaster(model, spec);
            } catch (MalformedModelException | EOFException e) {
                model.close();
                throw new BadInputException(file, 0, "truncated or corrupt model weights");
            } catch (IOException | RuntimeException e) {
                model.close();
                throw e;
            }
        } catch (NoSuchFileException e) {
            throw new BadInputException(file, 0, "no such file");
        } catch (EOFException e) {
            throw new BadInputException(file, 0, "truncated model header");
        }
    }
}
