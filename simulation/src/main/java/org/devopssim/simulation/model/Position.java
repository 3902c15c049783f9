package org.devopssim.simulation.model;

/** Where a node sits on the canvas, in canvas units; containers take their size from children. */
public record Position(double x, double y) {
}
