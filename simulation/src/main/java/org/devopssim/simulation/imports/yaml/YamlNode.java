package org.devopssim.simulation.imports.yaml;

import org.devopssim.simulation.imports.Origin;

/** A YAML value that remembers where it was written, so every complaint can name file and line. */
public sealed interface YamlNode permits YamlMap, YamlList, YamlScalar {

    Origin origin();

    /** What kind of value this is, for messages ("a mapping", "a list", "the text 'x'"). */
    String describe();

    /** Equal content, wherever it was written. */
    boolean sameContent(YamlNode other);
}
