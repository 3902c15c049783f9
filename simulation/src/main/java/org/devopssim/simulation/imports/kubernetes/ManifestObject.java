package org.devopssim.simulation.imports.kubernetes;

import org.devopssim.simulation.imports.Origin;
import org.devopssim.simulation.imports.yaml.YamlMap;

/** One Kubernetes object as written: its identity and its whole body. */
public record ManifestObject(String kind, String apiVersion, String name, String namespace, YamlMap body, Origin origin) {

    public String key() {
        return kind + " " + namespace + "/" + name;
    }

    @Override
    public String toString() {
        return kind + " " + name;
    }
}
