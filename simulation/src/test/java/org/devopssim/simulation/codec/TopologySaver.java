package org.devopssim.simulation.codec;

import java.nio.file.Path;
import org.devopssim.simulation.model.Topology;
import org.devopssim.simulation.scenario.SyntheticTopology;

/**
 * A child process for the interrupted-save test: saves two large topologies in turn to one file,
 * printing "writing N" before each save and "saved N" after it, until it is killed.
 */
public final class TopologySaver {

    private TopologySaver() {
    }

    /** Save number n writes this version: even and odd saves differ in every node. */
    static Topology version(long n) {
        return SyntheticTopology.generate(n % 2 == 0 ? 1200 : 1300, 3);
    }

    public static void main(String[] args) throws Exception {
        TopologyCodec codec = new TopologyCodec();
        Path file = Path.of(args[0]);
        Topology[] versions = {version(0), version(1)};
        for (long n = 1; ; n++) {
            System.out.println("writing " + n);
            System.out.flush();
            codec.write(versions[(int) (n % 2)], file);
            System.out.println("saved " + n);
            System.out.flush();
        }
    }
}
