package io.github.offlinedocker.project;

import io.github.offlinedocker.ConfigurationException;
import io.github.offlinedocker.image.ClassPathLayout;
import io.github.offlinedocker.image.JarLayout;
import io.github.offlinedocker.image.JlinkLayout;
import io.github.offlinedocker.image.LayoutKind;
import io.github.offlinedocker.image.LayoutProject;
import io.github.offlinedocker.image.LinkableLayout;
import io.github.offlinedocker.image.QuarkusLayout;
import io.github.offlinedocker.image.RuntimeLayout;
import io.github.offlinedocker.image.SpringBootLayout;
import io.github.offlinedocker.image.WarLayout;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Picks the runtime layout of a project's image: the one the {@code layout} parameter names, else the first kind
 * in {@link #KINDS} the project calls for. A new kind of application is one layout class, which offers its
 * {@link LayoutKind}, and one entry in that list.
 */
public final class LayoutChooser {

    /** Every kind of application, in the order they are asked whether the project calls for them. */
    static final List<LayoutKind> KINDS = List.of(SpringBootLayout.KIND, QuarkusLayout.KIND, WarLayout.KIND,
            ClassPathLayout.KIND, JarLayout.KIND);

    /**
     * What the user asked for.
     *
     * @param layout           the {@code layout} parameter; {@code null} or blank to choose from the project
     * @param mainClass        the {@code mainClass} parameter, or {@code null}
     * @param springBootLayers the {@code springBootLayers} parameter
     * @param warDeployment    the {@code warDeployment} parameter, or {@code null} for the default
     * @param ownDockerfile    whether the user's own Dockerfile builds the image, which then fits any packaging
     * @param jlink            the {@code jlink} parameter: the layout on a Java runtime linked for the application
     * @param jlinkModules     the {@code jlinkModules} parameter
     * @param jlinkCheckSeconds the {@code jlinkCheckSeconds} parameter
     */
    public record Wishes(String layout, String mainClass, boolean springBootLayers, String warDeployment,
            boolean ownDockerfile, boolean jlink, List<String> jlinkModules, int jlinkCheckSeconds) {}

    private final BuilderReactor reactor;
    private final ProjectFacts facts;

    public LayoutChooser(BuilderReactor reactor) {
        this.reactor = reactor;
        this.facts = new ProjectFacts(reactor.module());
    }

    /** The layout for {@code wishes}; fails naming the setting and the fix when the project cannot have it. */
    public RuntimeLayout choose(Wishes wishes) throws ConfigurationException {
        LayoutProject project = new Project(wishes);
        RuntimeLayout layout = kind(wishes, project).create(project);
        if (!wishes.jlink()) {
            return layout;
        }
        if (!(layout instanceof LinkableLayout linkable)) {
            throw new ConfigurationException("<jlink> links a Java runtime for an application that runs on java,"
                    + " but the " + layout.name() + " layout runs on the servlet container of the runtime image,"
                    + " which brings its own. Remove <jlink>.");
        }
        return new JlinkLayout(linkable, facts.javaRelease(), wishes.jlinkModules(), wishes.jlinkCheckSeconds());
    }

    private LayoutKind kind(Wishes wishes, LayoutProject project) throws ConfigurationException {
        String named = wishes.layout() == null ? "" : wishes.layout().trim();
        LayoutKind kind = named.isEmpty()
                ? KINDS.stream().filter(candidate -> candidate.fits().test(project)).findFirst()
                        .orElseThrow(() -> new ConfigurationException("Project " + project.id() + " has packaging '"
                                + project.packaging() + "', which no image layout fits (the layouts are " + names()
                                + "). Set <layout> to the one that runs the application, give your own <dockerfile>,"
                                + " run the goal in the module that builds the application, or set <skip>true</skip>"
                                + " here."))
                : KINDS.stream().filter(candidate -> candidate.name().equals(named)).findFirst()
                        .orElseThrow(() -> new ConfigurationException("<layout> '" + named + "' is not a layout: use"
                                + " one of " + names() + ", or leave it out to have it chosen from the project."));
        if (wishes.springBootLayers() && kind != SpringBootLayout.KIND) {
            throw new ConfigurationException("<springBootLayers> is true, but <layout> is '" + kind.name() + "'."
                    + " Remove one of the two.");
        }
        return kind;
    }

    private static String names() {
        return String.join(", ", KINDS.stream().map(LayoutKind::name).sorted().toList());
    }

    /** The project as the layouts read it, with the user's settings. */
    private final class Project implements LayoutProject {

        private final Wishes wishes;

        Project(Wishes wishes) {
            this.wishes = wishes;
        }

        @Override
        public String id() {
            return reactor.module().getId();
        }

        @Override
        public String packaging() {
            return facts.packaging();
        }

        @Override
        public boolean runsAsJar() {
            return "jar".equals(facts.packaging()) || reactor.artifactPath().endsWith(".jar") || wishes.ownDockerfile();
        }

        @Override
        public Optional<String> mainClass() {
            String given = wishes.mainClass();
            return given != null && !given.isBlank() ? Optional.of(given.trim()) : facts.manifestMainClass();
        }

        @Override
        public boolean springBootLayers() {
            return wishes.springBootLayers();
        }

        @Override
        public String springBootLayeredJarPlugin(String element) throws ConfigurationException {
            return facts.springBootLayeredJarPlugin(element);
        }

        @Override
        public Optional<String> warDeployment() {
            String given = wishes.warDeployment();
            return given == null || given.isBlank() ? Optional.empty() : Optional.of(given.trim());
        }

        @Override
        public String warWebappDirectory() {
            return reactor.relative(facts.warWebappDirectory());
        }

        @Override
        public boolean runsGoal(String artifactId, String goal) {
            return facts.runsGoal(artifactId, goal);
        }

        @Override
        public Optional<String> setting(String fileName, String... keys) {
            return facts.setting(fileName, keys);
        }

        @Override
        public String buildFile(String name) {
            return reactor.relative(Path.of(reactor.module().getBuild().getDirectory()).resolve(name));
        }

        @Override
        public String finalName() {
            return reactor.module().getBuild().getFinalName();
        }
    }
}
