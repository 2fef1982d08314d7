package org.attend.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Opens the Spark engine without putting Spark on the application's class path: Spark's jars (a folder such as
 * {@code target/spark/jars}) go into a child class loader, and the classes of {@code org.attend.experiment.spark}
 * (the only ones compiled against Spark) are defined in that loader, so they see Spark while everything else of
 * Attend stays shared with the parent. Nothing of Spark is loaded unless this is called.
 */
public final class SparkEngines {

    /** The package whose classes use Spark; they are defined in the child loader. */
    static final String SPARK_PACKAGE = "org.attend.experiment.spark.";
    private static final String ENGINE = SPARK_PACKAGE + "SparkEngine";
    /** Packages Spark reflects into (org.apache.spark.launcher.JavaModuleOptions); checked before Spark starts. */
    private static final List<String> OPENS = List.of("java.lang", "java.lang.invoke", "java.nio", "java.util",
            "sun.nio.ch");

    private SparkEngines() {
    }

    /**
     * Starts a Spark context for {@code settings} and returns the engine that runs cells on it.
     *
     * @throws IllegalArgumentException when the Spark jars are missing
     * @throws IllegalStateException    when the JVM lacks the {@code --add-opens} flags Spark needs
     */
    public static CellEngine open(SparkSettings settings) throws IOException {
        checkOpens();
        ClassLoader loader = new SparkClassLoader(jars(settings.sparkJars()), SparkEngines.class.getClassLoader());
        try {
            return (CellEngine) Class.forName(ENGINE, true, loader).getConstructor(SparkSettings.class)
                    .newInstance(settings);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException("Spark did not start: " + cause.getMessage(), cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load the Spark engine from " + settings.sparkJars() + ": " + e, e);
        }
    }

    private static void checkOpens() {
        Module base = Object.class.getModule();
        Module me = SparkEngines.class.getModule();
        List<String> closed = OPENS.stream().filter(p -> !base.isOpen(p, me)).toList();
        if (!closed.isEmpty()) {
            throw new IllegalStateException("the Spark engine needs java.base opened to Spark (" + closed
                    + " are not): run through ./attend or java -jar target/attend.jar (its manifest opens them), "
                    + "or add Spark's --add-opens flags (org.apache.spark.launcher.JavaModuleOptions)");
        }
    }

    private static URL[] jars(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no Spark jars at " + dir + ": build them with `mvn package` "
                    + "(target/spark/jars) or name a folder of Spark " + "jars with --spark-jars");
        }
        try (Stream<Path> files = Files.list(dir)) {
            URL[] urls = files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted()
                    .map(SparkEngines::url).toArray(URL[]::new);
            if (urls.length == 0) {
                throw new IllegalArgumentException(dir + " holds no Spark jars");
            }
            return urls;
        }
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parent first, except for the classes of {@link #SPARK_PACKAGE}: their bytes come from the parent's class
     * path but they are defined here, so that their references to Spark resolve through the Spark jars.
     */
    static final class SparkClassLoader extends URLClassLoader {

        static {
            registerAsParallelCapable();
        }

        SparkClassLoader(URL[] sparkJars, ClassLoader parent) {
            super("attend-spark", sparkJars, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(SPARK_PACKAGE)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    String resource = name.replace('.', '/') + ".class";
                    try (InputStream in = getParent().getResourceAsStream(resource)) {
                        if (in == null) {
                            throw new ClassNotFoundException(name);
                        }
                        byte[] bytes = in.readAllBytes();
                        c = defineClass(name, bytes, 0, bytes.length, SparkEngines.class.getProtectionDomain());
                    } catch (IOException e) {
                        throw new ClassNotFoundException(name, e);
                    }
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }
    }
}
