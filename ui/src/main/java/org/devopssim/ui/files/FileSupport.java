package org.devopssim.ui.files;

import java.nio.file.Path;
import java.time.Clock;
import java.util.prefs.Preferences;

/**
 * What the File menu needs from the machine, given by the app: where recent files are kept, where
 * unsaved changes are autosaved (null: no autosave, no recovery), how files are chosen, and the clock.
 */
public record FileSupport(RecentFiles recent, RecoveryStore recovery, FileChoosers choosers, Clock clock) {

    /** Recent files for this session only, no autosave: for windows that are not the user's app. */
    public static FileSupport inMemory() {
        return new FileSupport(new RecentFiles(null), null, FileChoosers.system(), Clock.systemDefaultZone());
    }

    /** The app's: recent files in {@code preferences}, the recovery file in {@code recoveryFolder}. */
    public static FileSupport of(Preferences preferences, Path recoveryFolder) {
        return new FileSupport(new RecentFiles(preferences), new RecoveryStore(recoveryFolder), FileChoosers.system(),
                Clock.systemDefaultZone());
    }

    public FileSupport withChoosers(FileChoosers other) {
        return new FileSupport(recent, recovery, other, clock);
    }
}
