package org.attend.realtime;

/** What the processing thread applies to each chunk in place before the stage sees it. */
@FunctionalInterface
public interface ChunkFilter {

    /** Leaves chunks as they are: for sessions that only record. */
    ChunkFilter NONE = data -> { };

    /** Filters {@code [channel][sample]} in place, continuing from the previous chunk. */
    void process(float[][] data);

    /** Forgets the filter state: the next chunk follows a gap. */
    default void reset() {
    }
}
