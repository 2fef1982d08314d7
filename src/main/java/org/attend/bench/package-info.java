/**
 * Benchmark harnesses behind {@code attend bench}: each takes a plan, measures, and returns its figures as
 * {@link org.attend.stream.Summary} values (with the unit in the name); the command prints them. Baselines run
 * in the same process or the same run (scipy's {@code sosfilt}, the PyTorch script of the network, liblsl).
 * This package sits between {@code cli} and the layers it measures.
 */
package org.attend.bench;
