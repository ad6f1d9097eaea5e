/**
 * Why the state is as it is: causal edges over offsets (explicit links, chains, vector clocks),
 * backward and forward slices, link cycles and dangling links, and findings such as lock-order
 * deadlocks from the wait-for graph. Imports event, store and replay's change type.
 *
 * <p>Entry points: {@link dev.chronoscope.causality.CausalityBuilder} (fed during ingest),
 * {@link dev.chronoscope.causality.CausalGraphs#open} (reads the graph back) and
 * {@link dev.chronoscope.causality.SpaceTimeLayout} (toolkit-free geometry of the space-time
 * diagram) with {@link dev.chronoscope.causality.SpaceTimeColumns} (which lanes get a column when
 * not all fit). The store layout is described in {@code EdgeCodec} and {@code EdgeEmitter}.
 */
package dev.chronoscope.causality;
