package org.devopssim.ui.files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The last {@value #LIMIT} topology files opened or saved, newest first, kept in a preferences
 * node so they survive a restart (a node of its own in tests; none keeps them in memory only).
 * Used on the FX thread: the File menu shows the list.
 */
public final class RecentFiles {

    public static final int LIMIT = 8;
    private static final String KEY = "recent.";

    private final Preferences node;
    private final ObservableList<Path> paths = FXCollections.observableArrayList();
    private final ObservableList<Path> readOnly = FXCollections.unmodifiableObservableList(paths);

    /** @param node where the list is kept, or null to keep it for this session only */
    public RecentFiles(Preferences node) {
        this.node = node;
        if (node != null) {
            for (int i = 0; i < LIMIT; i++) {
                String p = node.get(KEY + i, null);
                if (p != null && !p.isBlank()) {
                    paths.add(Path.of(p));
                }
            }
        }
    }

    public ObservableList<Path> paths() {
        return readOnly;
    }

    /** Opened or saved: to the top of the list. */
    public void add(Path file) {
        Path p = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(paths);
        next.remove(p);
        next.addFirst(p);
        while (next.size() > LIMIT) {
            next.removeLast();
        }
        paths.setAll(next);
        store();
    }

    public void remove(Path file) {
        if (paths.remove(file.toAbsolutePath().normalize())) {
            store();
        }
    }

    private void store() {
        if (node == null) {
            return;
        }
        for (int i = 0; i < LIMIT; i++) {
            if (i < paths.size()) {
                node.put(KEY + i, paths.get(i).toString());
            } else {
                node.remove(KEY + i);
            }
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Kept for this session; the list is a convenience, not the user's work.
        }
    }
}
