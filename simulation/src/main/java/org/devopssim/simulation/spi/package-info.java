/**
 * What other modules fill in for the engine: forecasting and anomaly detection (the {@code ml}
 * module implements them with DJL; the engine only sees these interfaces).
 */
package org.devopssim.simulation.spi;
