package org.devopssim.ui.help;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** Whether this user has seen the guided tour, kept in a preferences node (tests pass their own). */
public final class TourMemory {

    static final String SEEN = "guidedTourSeen";
    private final Preferences node;

    public TourMemory(Preferences node) {
        this.node = node;
    }

    /** The user's own node of the app. */
    public static TourMemory forUser() {
        return new TourMemory(Preferences.userRoot().node("org/devopssim/ui"));
    }

    public boolean seen() {
        return node.getBoolean(SEEN, false);
    }

    public void markSeen() {
        node.putBoolean(SEEN, true);
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Not remembered: the tour is offered again next time, which is harmless.
        }
    }
}
