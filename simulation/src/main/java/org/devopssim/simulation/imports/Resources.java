package org.devopssim.simulation.imports;

/**
 * CPU and memory one instance asks for, as read from the file.
 *
 * @param cpuCores  cores (0.1 for Kubernetes "100m"), null when not given
 * @param memoryMiB mebibytes, null when not given
 * @param basis     where the figures came from, for the report ("requests", "limits", ...)
 */
public record Resources(Double cpuCores, Long memoryMiB, String basis) {

    public boolean isEmpty() {
        return cpuCores == null && memoryMiB == null;
    }
}
