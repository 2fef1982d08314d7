package org.attend.format;

/** The file formats Attend reads. */
public enum RecordingFormat {
    /** European Data Format, EDF and EDF+ (16-bit). */
    EDF,
    /** BioSemi Data Format (24-bit EDF variant). */
    BDF,
    /** General Data Format for biosignals, versions 1.x and 2.x. */
    GDF,
    /** Brain Products BrainVision Core Data Format (.vhdr/.vmrk/.eeg). */
    BRAINVISION,
    /** Extensible Data Format of the Lab Streaming Layer. */
    XDF
}
