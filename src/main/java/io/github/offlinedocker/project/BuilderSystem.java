package io.github.offlinedocker.project;

import io.github.offlinedocker.image.BuildContext;
import java.util.Locale;
import java.util.Properties;

/**
 * What the builder stage's Maven sees of its system when it activates profiles: the JDK of the builder image,
 * Linux on the host's CPU (the architecture Docker runs images of), the builder's account and workspace, and an
 * environment with none of the host's variables ({@code CI}, {@code JAVA_HOME}, a developer's own).
 *
 * @param javaVersion the builder JDK's {@code java.version} as profile activation compares it: {@code 17},
 *                    {@code 1.8}; null when the builder image is the user's, whose JDK is not known here: then the
 *                    host's counts
 */
public record BuilderSystem(String javaVersion) {

    /** The variables the builder's environment is known to hold, with their values. */
    private static final String PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    /** The builder on the default builder image of a project compiled for {@code release}: that release's JDK. */
    public static BuilderSystem forRelease(int release) {
        return new BuilderSystem(release <= 8 ? "1." + release : Integer.toString(release));
    }

    /** The builder on an image of the user's, with a JDK not known here. */
    public static BuilderSystem withHostJdk() {
        return new BuilderSystem(null);
    }

    /**
     * The system properties the builder's Maven sees: the host's JVM properties with the builder's JDK, OS,
     * account and workspace in place of the host's, and the builder's environment ({@code env.*}) in place of
     * the host's.
     */
    public Properties systemProperties(Properties host) {
        Properties builder = new Properties();
        host.stringPropertyNames().stream().filter(name -> !name.startsWith("env."))
                .forEach(name -> builder.setProperty(name, host.getProperty(name)));
        if (javaVersion != null) {
            builder.setProperty("java.version", javaVersion);
            builder.setProperty("java.specification.version", javaVersion);
        }
        builder.setProperty("os.name", "Linux");
        builder.setProperty("os.arch", System.getProperty("os.arch").toLowerCase(Locale.ROOT));
        builder.setProperty("user.name", "builder");
        builder.setProperty("user.home", BuildContext.BUILDER_HOME);
        builder.setProperty("user.dir", BuildContext.BUILDER_WORKSPACE);
        builder.setProperty("env.HOME", BuildContext.BUILDER_HOME);
        builder.setProperty("env.PATH", PATH);
        return builder;
    }

    /** For the log: {@code JDK 17 on Linux amd64}. */
    public String describe() {
        return (javaVersion == null ? "the host's JDK" : "JDK " + javaVersion) + " on Linux "
                + System.getProperty("os.arch");
    }
}
