package org.devopssim.simulation.exercise;

/** How an objective came out. */
public enum Outcome {
    MET, PARTLY, MISSED;

    /** Full credit when the bound holds, a share of it within twice the bound, none beyond. */
    static Outcome ofRatio(double ratio) {
        return ratio >= 1 ? MET : ratio >= 0.5 ? PARTLY : MISSED;
    }

    static double creditOfRatio(double ratio) {
        return ratio >= 1 ? 1 : ratio >= 0.5 ? ratio : 0;
    }
}
