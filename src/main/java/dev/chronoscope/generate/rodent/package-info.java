/**
 * The {@code rodent} scenario: a folder of UUID7-named {@code .pb} batches of about 18,000 events
 * telling a storage appliance's story (startup, pools, a failing service, a resumed transfer, a
 * degrading disk).
 */
package dev.chronoscope.generate.rodent;
