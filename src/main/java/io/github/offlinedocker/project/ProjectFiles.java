package io.github.offlinedocker.project;

import java.util.List;

/** Which files of a project its offline build may see. */
public final class ProjectFiles {

    /** The core extensions file Maven reads before any POM. */
    public static final String CORE_EXTENSIONS = ".mvn/extensions.xml";

    /**
     * The allow-list: everything else in the project directory stays out, so settings files,
     * {@code .mvn/maven.config} and {@code jvm.config}, {@code .git}, {@code .env} or {@code target/} cannot slip
     * into a build context.
     */
    public static final List<String> ALLOW_LIST = List.of("pom.xml", "src", CORE_EXTENSIONS);

    private ProjectFiles() {}
}
