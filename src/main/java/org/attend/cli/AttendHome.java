package org.attend.cli;

import java.nio.file.Path;

/** The project folder holding {@code devices/}, {@code models/} and {@code recordings/}. */
final class AttendHome {

    private AttendHome() {
    }

    /** {@code attend.home} as set by the launcher, else the working directory. */
    static Path path() {
        return Path.of(System.getProperty("attend.home", ".")).toAbsolutePath().normalize();
    }

    static Path resolve(String child) {
        return path().resolve(child);
    }
}
