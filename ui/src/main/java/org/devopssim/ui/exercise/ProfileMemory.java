package org.devopssim.ui.exercise;

import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** Who uses this machine's app, asked once and kept in a preferences node (tests pass their own). */
public final class ProfileMemory {

    /** A student or instructor, by the name their results are filed under. */
    public record Profile(String name, boolean instructor) {
        public Profile {
            name = name.strip();
            if (name.isEmpty()) {
                throw new IllegalArgumentException("a profile needs a name");
            }
        }
    }

    static final String NAME = "profileName";
    static final String INSTRUCTOR = "profileInstructor";
    private final Preferences node;

    public ProfileMemory(Preferences node) {
        this.node = node;
    }

    public static ProfileMemory forUser() {
        return new ProfileMemory(Preferences.userRoot().node("org/devopssim/ui"));
    }

    public Optional<Profile> profile() {
        String name = node.get(NAME, "");
        return name.isBlank() ? Optional.empty() : Optional.of(new Profile(name, node.getBoolean(INSTRUCTOR, false)));
    }

    public void remember(Profile profile) {
        node.put(NAME, profile.name());
        node.putBoolean(INSTRUCTOR, profile.instructor());
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Kept for this session only; the name is asked again next time.
        }
    }
}
