/**
 * Design checks of a topology for the editor's check panel: the validator's errors plus risks
 * that a valid topology can still have (a single point of failure, a replica without a primary,
 * no monitoring, ...). Pure functions of the topology.
 */
package org.devopssim.simulation.check;
