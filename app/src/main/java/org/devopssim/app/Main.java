package org.devopssim.app;

public final class Main {
    public static void main(String[] args) {
        if (args.length == 0) {
            DesktopApp.open(args);
            return;
        }
        System.out.println("devops-sim");
    }
}
