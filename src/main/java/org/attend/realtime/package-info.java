/**
 * The real-time engine: one thread acquires chunks from a {@link org.attend.source.Source} and never blocks
 * on anything downstream; another filters, windows, decodes and emits commands. Every prediction carries
 * the source time of its window's last sample and the decoder's compute time; dropped and late samples
 * are counted and reported.
 */
package org.attend.realtime;
