package org.devopssim.simulation.imports;

/**
 * An input that cannot be imported (malformed YAML, a value of the wrong type, a document that is
 * neither a Compose file nor a Kubernetes object). The message names the file and line.
 */
public final class ImportException extends Exception {

    private final transient Origin origin;
    private final String problem;

    public ImportException(Origin origin, String problem) {
        super(origin + ": " + problem);
        this.origin = origin;
        this.problem = problem;
    }

    public Origin origin() {
        return origin;
    }

    /** The problem without the place. */
    public String problem() {
        return problem;
    }
}
