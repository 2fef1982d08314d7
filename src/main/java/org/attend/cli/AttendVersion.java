package org.attend.cli;

import picocli.CommandLine;

/** Reports the version from the jar manifest. */
public final class AttendVersion implements CommandLine.IVersionProvider {

    /** The version of this build, or {@code "dev"} when run from classes. */
    public static String get() {
        String v = AttendVersion.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"attend " + get()};
    }
}
