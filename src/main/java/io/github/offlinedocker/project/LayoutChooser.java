package io.github.offlinedocker.project;

import io.github.offlinedocker.ConfigurationException;
import io.github.offlinedocker.image.ClassPathLayout;
import io.github.offlinedocker.image.JarLayout;
import io.github.offlinedocker.image.JlinkLayout;
import io.github.offlinedocker.image.LinkableLayout;
import io.github.offlinedocker.image.QuarkusLayout;
import io.github.offlinedocker.image.RuntimeLayout;
import io.github.offlinedocker.image.SpringBootLayout;
import io.github.offlinedocker.image.WarLayout;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Picks the runtime layout of a project's image: the one the {@code layout} parameter names, else the one its
 * packaging, its plugins and the user's other settings call for. A new kind of application is one layout class
 * and one entry here.
 */
public final class LayoutChooser {

    /** Every layout by its name, as the {@code layout} parameter gives it. */
    static final List<String> NAMES = List.of(JarLayout.NAME, ClassPathLayout.NAME, SpringBootLayout.NAME,
            WarLayout.NAME, QuarkusLayout.NAME);

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
        RuntimeLayout layout = application(wishes);
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

    private RuntimeLayout application(Wishes wishes) throws ConfigurationException {
        String named = wishes.layout() == null ? "" : wishes.layout().trim();
        String name = named.isEmpty() ? fromProject(wishes) : named;
        if (wishes.springBootLayers() && !name.equals(SpringBootLayout.NAME)) {
            throw new ConfigurationException("<springBootLayers> is true, but <layout> is '" + name + "'. Remove"
                    + " one of the two.");
        }
        String element = named.isEmpty() ? "<springBootLayers>" : "<layout> " + SpringBootLayout.NAME;
        return switch (name) {
            case JarLayout.NAME -> new JarLayout();
            case ClassPathLayout.NAME -> new ClassPathLayout(mainClass(wishes).orElseThrow(() ->
                    new ConfigurationException("<layout> " + ClassPathLayout.NAME + " runs a main class, but "
                            + reactor.module().getId() + " names none: set <mainClass>, or maven-jar-plugin's"
                            + " <archive><manifest><mainClass>.")));
            case SpringBootLayout.NAME -> springBoot(wishes, element);
            case WarLayout.NAME -> war(wishes);
            case QuarkusLayout.NAME -> quarkus();
            default -> throw new ConfigurationException("<layout> '" + named + "' is not a layout: use one of "
                    + String.join(", ", NAMES) + ", or leave it out to have it chosen from the project.");
        };
    }

    /** The layout the project calls for; fails for a packaging no layout fits, unless the user's Dockerfile builds. */
    private String fromProject(Wishes wishes) throws ConfigurationException {
        if (wishes.springBootLayers()) {
            return SpringBootLayout.NAME;
        }
        String packaging = facts.packaging();
        if ("quarkus".equals(packaging) || facts.runsGoal("quarkus-maven-plugin", "build")) {
            return QuarkusLayout.NAME;
        }
        if ("war".equals(packaging)) {
            return WarLayout.NAME;
        }
        // A packaging whose artifact is a jar (bundle, maven-plugin) is a jar to run, as Maven's handler says.
        if ("jar".equals(packaging) || reactor.artifactPath().endsWith(".jar") || wishes.ownDockerfile()) {
            return mainClass(wishes).isPresent() ? ClassPathLayout.NAME : JarLayout.NAME;
        }
        throw new ConfigurationException("Project " + reactor.module().getId() + " has packaging '" + packaging
                + "', which no image layout fits (the layouts are " + String.join(", ", NAMES) + "). Set <layout>"
                + " to the one that runs the application, give your own <dockerfile>, run the goal in the module"
                + " that builds the application, or set <skip>true</skip> here.");
    }

    private Optional<String> mainClass(Wishes wishes) {
        String given = wishes.mainClass();
        return given != null && !given.isBlank() ? Optional.of(given.trim()) : facts.manifestMainClass();
    }

    private RuntimeLayout springBoot(Wishes wishes, String element) throws ConfigurationException {
        String version = facts.springBootLayeredJarPlugin(element);
        Optional<String> launched = mainClass(wishes);
        if (launched.isPresent()) {
            throw new ConfigurationException(element + " runs Spring Boot's launcher, which finds the main class"
                    + " itself, but the image is also to run the class " + launched.get() + " (<mainClass>, or"
                    + " maven-jar-plugin's manifest). Remove one of the two.");
        }
        return SpringBootLayout.forPluginVersion(version).orElseThrow(() -> new ConfigurationException(element
                + " takes the fat jar's layers apart, but spring-boot-maven-plugin " + version + " writes fat jars"
                + " without layers; 2.4 and later write them. Upgrade the plugin, or remove " + element + "."));
    }

    /** quarkus-maven-plugin's package: the fast-jar, or the uber-jar its build-time setting asks for. */
    private RuntimeLayout quarkus() {
        Path build = Path.of(reactor.module().getBuild().getDirectory());
        boolean uberJar = facts.setting("application.properties", "quarkus.package.jar.type", "quarkus.package.type")
                .filter("uber-jar"::equals).isPresent();
        return new QuarkusLayout(reactor.relative(build.resolve("quarkus-app")), uberJar
                ? reactor.relative(build.resolve(reactor.module().getBuild().getFinalName() + "-runner.jar"))
                : null);
    }

    private RuntimeLayout war(Wishes wishes) throws ConfigurationException {
        if (!"war".equals(facts.packaging())) {
            throw new ConfigurationException("<layout> " + WarLayout.NAME + " deploys the web application"
                    + " maven-war-plugin builds, but " + reactor.module().getId() + " has packaging '"
                    + facts.packaging() + "'. Remove <layout>, or run the goal in the module with packaging 'war'.");
        }
        String deployment = wishes.warDeployment() == null || wishes.warDeployment().isBlank()
                ? WarLayout.DEFAULT_DEPLOYMENT
                : wishes.warDeployment().trim();
        return new WarLayout(reactor.relative(facts.warWebappDirectory()), deployment);
    }
}
