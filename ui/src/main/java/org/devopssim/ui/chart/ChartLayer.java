package org.devopssim.ui.chart;

import java.util.List;

/**
 * A source of lines for the charts. The metric history is one layer; a forecast band or anomaly
 * markers from the ML module are meant to be further layers registered with the chart model.
 */
@FunctionalInterface
public interface ChartLayer {

    /** The lines this layer draws for the request; empty when it has nothing for it. Called on the FX thread: be cheap. */
    List<ChartLine> lines(ChartRequest request);
}
