package org.devopssim.ui.view;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.devopssim.simulation.events.Severity;
import org.devopssim.ui.operate.Notice;
import org.devopssim.ui.theme.Theme;
import org.devopssim.ui.theme.ThemeManager;

/** Shows notices as ControlsFX notifications in the window's corner. */
public final class NoticeToasts {

    /** More at once would cover the window; the alerts tab and the status bar keep the rest. */
    private static final int MAX_AT_ONCE = 3;

    private final Scene scene;
    private final ThemeManager themes;

    public NoticeToasts(Scene scene, ThemeManager themes) {
        this.scene = scene;
        this.themes = themes;
    }

    public void show(List<Notice> notices) {
        if (scene.getWindow() == null || !scene.getWindow().isShowing()) {
            return;
        }
        for (Notice n : notices.subList(Math.max(0, notices.size() - MAX_AT_ONCE), notices.size())) {
            Notifications toast = Notifications.create().title(n.title()).text(n.text()).owner(scene.getWindow())
                    .position(Pos.BOTTOM_RIGHT).hideAfter(Duration.seconds(n.severity() == Severity.CRITICAL ? 10 : 6));
            if (themes.getTheme() == Theme.DARK) {
                toast.darkStyle();
            }
            if (n.severity() == Severity.CRITICAL) {
                toast.showError();
            } else {
                toast.showWarning();
            }
        }
    }
}
