package org.devopssim.app;

/** Opens the desktop window (wired in the UI work; this only says so until then). */
public final class DesktopApp {

    private DesktopApp() {
    }

    public static void open(String[] args) {
        System.err.println("devops-sim: the desktop window is not wired yet; try devops-sim --help");
        System.exit(1);
    }
}
