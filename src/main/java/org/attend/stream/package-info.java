/**
 * The core values that flow through Attend: stream descriptions, chunks of samples, windows, markers,
 * predictions and commands. Times are seconds on the source clock (LSL clock for live streams);
 * amplitudes are microvolts in float32. This package depends on nothing else in Attend.
 */
package org.attend.stream;
