/**
 * Progress of long work on stderr, the one way every command shows it: a bar on a terminal, a plain line every few
 * seconds elsewhere (a pipe, CI, a log file), nothing when asked to be quiet. Depends on nothing else in Attend, so
 * every layer may report progress through it.
 */
package org.attend.progress;
