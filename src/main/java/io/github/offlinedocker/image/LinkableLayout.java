package io.github.offlinedocker.image;

import java.util.List;

/**
 * A layout whose application runs on {@code java}, so that {@link JlinkLayout} can link a Java runtime of the
 * modules it uses: it says where the application's classes are in the builder stage and how to start it there.
 */
public sealed interface LinkableLayout extends RuntimeLayout
        permits JarLayout, ClassPathLayout, SpringBootLayout, QuarkusLayout {

    /** The application's jars and class folders in the builder stage, for jdeps; shell patterns such as {@code lib/*.jar}. */
    List<String> builderClassPath(BuiltApplication application);

    /** What follows {@code java} to start the application in the builder stage, on what {@code mvn} built. */
    List<String> builderLaunch(BuiltApplication application);
}
