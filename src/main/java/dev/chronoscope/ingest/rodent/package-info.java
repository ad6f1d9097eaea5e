/**
 * Rodent's protobuf {@code EventBatch} spill files (formats/rodent.md), read with our own compatible
 * schema compiled by the build; a folder is one log in file-name order. Payloads without a known
 * schema are decoded generically (field number → value).
 */
package dev.chronoscope.ingest.rodent;
