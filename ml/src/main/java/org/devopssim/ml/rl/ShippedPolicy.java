package org.devopssim.ml.rl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.devopssim.ml.data.BadInputException;

/** The trained autoscaling policy shipped in the assets, made by the command in {@code docs/benchmarks-ml.md}. */
public final class ShippedPolicy {

    public static final String FILE_NAME = "autoscaler-rl.bin";
    /** Path for {@code Assets.open}. */
    public static final String ASSET_PATH = "models/" + FILE_NAME;

    private ShippedPolicy() {
    }

    /**
     * @param open opens the policy's bytes (a resource or a file)
     * @param name names it in messages
     * @throws BadInputException with a message naming the file when it is missing, corrupt or of another format
     */
    public static LearnedScalingPolicy load(Callable<InputStream> open, String name) {
        try (InputStream in = open.call()) {
            if (in == null) {
                throw new BadInputException(Path.of(name), 0, "not found");
            }
            return PolicyFile.read(in, Path.of(name));
        } catch (BadInputException e) {
            throw e;
        } catch (IOException e) {
            throw new BadInputException(Path.of(name), 0, "cannot read: " + e.getMessage());
        } catch (Exception e) {
            throw new BadInputException(Path.of(name), 0, "cannot open: " + e.getMessage());
        }
    }
}
