/**
 * Alerting and SLOs of a run. Attach to a simulation before it runs:
 * <pre>
 * RulePack pack = new RulePackReader().read(Assets.open(RulePackReader.bundledPath(topology.mode())), ...);
 * Alerting alerting = Alerting.attach(simulation, pack, detectorOrNull);
 * </pre>
 * then read {@link org.devopssim.simulation.alerting.Alerting#view()} from any thread.
 */
package org.devopssim.simulation.alerting;
