package org.devopssim.ui.files;

import java.nio.file.Path;
import java.time.Clock;
import java.util.prefs.Preferences;
import org.devopssim.ui.session.ImportedRules;

/**
 * What the File menu needs from the machine, given by the app: where recent files are kept, where
 * unsaved changes are autosaved (null: no autosave, no recovery), how files are chosen, the clock,
 * and where imported Prometheus alert rules go (the app's run factory adds them to each run; null:
 * rule files are only reported).
 */
public record FileSupport(RecentFiles recent, RecoveryStore recovery, FileChoosers choosers, Clock clock,
                          ImportedRules rules) {

    /** Recent files for this session only, no autosave: for windows that are not the user's app. */
    public static FileSupport inMemory() {
        return new FileSupport(new RecentFiles(null), null, FileChoosers.system(), Clock.systemDefaultZone(), null);
    }

    /** The app's: recent files in {@code preferences}, the recovery file in {@code recoveryFolder}. */
    public static FileSupport of(Preferences preferences, Path recoveryFolder, ImportedRules rules) {
        return new FileSupport(new RecentFiles(preferences), new RecoveryStore(recoveryFolder), FileChoosers.system(),
                Clock.systemDefaultZone(), rules);
    }
}
