package org.devopssim.app;

/**
 * Keeps DJL off the network: without these two settings it asks a cloud metadata address at
 * start-up. Set before anything touches DJL, whatever launched the JVM.
 */
final class Offline {

    private Offline() {
    }

    static void enforce() {
        if (System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
        System.setProperty("OPT_OUT_TRACKING", "true");
    }
}
