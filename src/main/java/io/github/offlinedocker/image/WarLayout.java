package io.github.offlinedocker.image;

import io.github.offlinedocker.ConfigurationException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A web application on the servlet container of the runtime image, which runs it with its own command. Exploded
 * (the default), its libraries ({@code WEB-INF/lib}) are a layer of their own before its classes and resources,
 * so a new build of the application sends only those; as a {@code .war} file it is one layer.
 *
 * @param webapp     the exploded web application maven-war-plugin writes before it packs the war (its
 *                   {@code webappDirectory}), relative to the builder's workspace
 * @param deployment where the runtime image gets it: a folder the container deploys exploded, or a path ending
 *                   in {@code .war}
 */
public record WarLayout(String webapp, String deployment) implements RuntimeLayout {

    public static final String NAME = "war";

    /** The layout of a project with packaging {@code war}. */
    public static final LayoutKind KIND = new LayoutKind(NAME, WarLayout::isWar, WarLayout::of);

    /** Where the official {@code tomcat} images deploy the application that answers at {@code /}. */
    public static final String DEFAULT_DEPLOYMENT = "/usr/local/tomcat/webapps/ROOT";

    private static final Pattern ABSOLUTE_PATH = Pattern.compile("(/[A-Za-z0-9._@+-]+)+");

    private static boolean isWar(LayoutProject project) {
        return "war".equals(project.packaging());
    }

    private static WarLayout of(LayoutProject project) throws ConfigurationException {
        if (!isWar(project)) {
            throw new ConfigurationException("<layout> " + NAME + " deploys the web application maven-war-plugin"
                    + " builds, but " + project.id() + " has packaging '" + project.packaging() + "'. Remove"
                    + " <layout>, or run the goal in the module with packaging 'war'.");
        }
        return new WarLayout(project.warWebappDirectory(), project.warDeployment().orElse(DEFAULT_DEPLOYMENT));
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Tomcat 10.1, the servlet container of Jakarta EE 10 (Servlet 6.0), on the project's Java release. */
    @Override
    public String defaultRuntimeImage(int javaRelease) {
        return "tomcat:10.1-jre" + javaRelease;
    }

    /** The exploded application's libraries moved out of it, so that the runtime stage copies them on their own. */
    @Override
    public List<List<String>> builderCommands(BuiltApplication application) {
        if (isWarFile()) {
            return List.of();
        }
        // Positional parameters, so that no path is parsed by the shell; a war without libraries has no lib/.
        return List.of(List.of("sh", "-c", "mkdir -p \"$1/WEB-INF/lib\" \"$2\" && mv \"$1/WEB-INF/lib\" \"$2/\"",
                "sh", webapp, application.layoutFolder()));
    }

    @Override
    public String workingDirectory() {
        return null;
    }

    @Override
    public List<RuntimeCopy> dependencyCopies(BuiltApplication application) {
        return isWarFile()
                ? List.of()
                : List.of(new RuntimeCopy.FromBuilder(application.layoutFolder() + "/lib/", deployment + "/WEB-INF/lib/"));
    }

    @Override
    public List<RuntimeCopy> applicationCopies(BuiltApplication application) {
        return List.of(isWarFile()
                ? new RuntimeCopy.FromBuilder(application.artifact(), deployment)
                : new RuntimeCopy.FromBuilder(webapp + "/", deployment + "/"));
    }

    /** The container's start script is not {@code java}: every JVM reads {@code JAVA_TOOL_OPTIONS}. */
    @Override
    public Map<String, String> environment(List<String> jvmFlags) {
        return jvmFlags.isEmpty() ? Map.of() : Map.of("JAVA_TOOL_OPTIONS", String.join(" ", jvmFlags));
    }

    @Override
    public List<String> launch(List<String> jvmFlags) {
        return List.of();
    }

    @Override
    public void check() throws ConfigurationException {
        if (deployment == null || !ABSOLUTE_PATH.matcher(deployment).matches()) {
            throw new ConfigurationException("<warDeployment> '" + deployment + "' is not an absolute path in the"
                    + " image: give the folder the servlet container deploys the application from, e.g. '"
                    + DEFAULT_DEPLOYMENT + "', or a path ending in .war there.");
        }
    }

    @Override
    public void checkSecrets(KnownSecrets secrets) throws ConfigurationException {
        secrets.checkAbsent("<warDeployment>", deployment);
    }

    private boolean isWarFile() {
        return deployment.endsWith(".war");
    }
}
