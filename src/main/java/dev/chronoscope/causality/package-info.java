/**
 * Why the state is as it is: causal edges over offsets (explicit links, chains, vector clocks),
 * backward and forward slices, link cycles and dangling links, and findings such as lock-order
 * deadlocks from the wait-for graph. Imports event, store and replay's change type.
 */
package dev.chronoscope.causality;
