package org.devopssim.ml.engine;

/** Which deep-learning engine runs the models, for the app's status line. */
public record EngineStatus(String engineName, String engineVersion, String djlVersion) {

    public String statusLine() {
        return "ML: " + engineName + " " + engineVersion + " (DJL " + djlVersion + ", CPU, offline)";
    }
}
