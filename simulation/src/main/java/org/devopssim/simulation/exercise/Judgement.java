package org.devopssim.simulation.exercise;

/** What an objective made of a run, before weighting: outcome, credit 0..1 and the figures behind it. */
record Judgement(Outcome outcome, double credit, String figures) {

    static Judgement ofRatio(double ratio, String figures) {
        return new Judgement(Outcome.ofRatio(ratio), Outcome.creditOfRatio(ratio), figures);
    }

    static Judgement met(String figures) {
        return new Judgement(Outcome.MET, 1, figures);
    }

    static Judgement missed(String figures) {
        return new Judgement(Outcome.MISSED, 0, figures);
    }
}
