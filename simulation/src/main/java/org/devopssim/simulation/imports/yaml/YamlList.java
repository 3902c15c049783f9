package org.devopssim.simulation.imports.yaml;

import java.util.List;
import org.devopssim.simulation.imports.Origin;

public record YamlList(List<YamlNode> items, Origin origin) implements YamlNode {

    public YamlList {
        items = List.copyOf(items);
    }

    @Override
    public String describe() {
        return "a list";
    }

    @Override
    public boolean sameContent(YamlNode other) {
        if (!(other instanceof YamlList l) || l.items.size() != items.size()) {
            return false;
        }
        for (int i = 0; i < items.size(); i++) {
            if (!items.get(i).sameContent(l.items.get(i))) {
                return false;
            }
        }
        return true;
    }
}
