package io.github.offlinedocker.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.junit.jupiter.api.Test;

class HostOnlyGoalsTest {

    private static final String FRONTEND = "frontend-maven-plugin";
    private static final String JAVADOC = "maven-javadoc-plugin";
    private static final Predicate<String> NOTHING_TRUE = parameter -> false;
    private static final Predicate<String> SKIPPED = "skip"::equals;

    @Test
    void of_frontendInstallerAndPackageManager_outsideWithWhatToDo() {
        RunTimeResolution.Outside node = HostOnlyGoals.of("com.github.eirslett", FRONTEND, "install-node-and-yarn",
                null, NOTHING_TRUE).orElseThrow();
        RunTimeResolution.Outside npm = HostOnlyGoals.of("com.github.eirslett", FRONTEND, "npm", null, NOTHING_TRUE)
                .orElseThrow();

        assertTrue(node.what().contains("nodejs.org"), node.what());
        assertEquals("downloads the packages 'npm' fetches from its registry", npm.what());
        assertTrue(npm.why().contains("the builder stage has no network"), npm.why());
        assertTrue(npm.instead().contains("-Dskip.installnodenpm -Dskip.npm"), npm.instead());
    }

    @Test
    void of_skippedOrOtherGoalOrPlugin_nothing() {
        assertEquals(Optional.empty(), HostOnlyGoals.of("com.github.eirslett", FRONTEND, "npm", null, SKIPPED));
        assertEquals(Optional.empty(), HostOnlyGoals.of("com.github.eirslett", FRONTEND, "help", null, NOTHING_TRUE));
        assertEquals(Optional.empty(), HostOnlyGoals.of("org.apache.maven.plugins", "maven-jar-plugin", "jar",
                null, NOTHING_TRUE));
    }

    @Test
    void of_javadocRawLinkOptions_outsideNamingEachUrl() throws Exception {
        // failsafe-lib/failsafe's configuration (2.x's additionalparam), and 3.x's additionalOptions list.
        Xpp3Dom twoX = configuration("<additionalparam>-Xdoclint:none -notimestamp"
                + " -link http://docs.oracle.com/javase/8/docs/api/ -link https://failsafe.dev/javadoc/core/"
                + "</additionalparam>");
        Xpp3Dom threeX = configuration("<additionalOptions><additionalOption>-Xdoclint:none</additionalOption>"
                + "<additionalOption>-link</additionalOption><additionalOption>https://split.example/api/"
                + "</additionalOption></additionalOptions>"
                + "<additionalJOptions><additionalJOption>-link 'https://guava.dev/releases/33.0-jre/api/docs/'"
                + "</additionalJOption></additionalJOptions>");

        RunTimeResolution.Outside failsafe = HostOnlyGoals.of("org.apache.maven.plugins", JAVADOC, "jar", twoX,
                NOTHING_TRUE).orElseThrow();
        RunTimeResolution.Outside guava = HostOnlyGoals.of("org.apache.maven.plugins", JAVADOC, "javadoc",
                threeX, NOTHING_TRUE).orElseThrow();

        assertTrue(failsafe.what().contains("http://docs.oracle.com/javase/8/docs/api/, "
                + "https://failsafe.dev/javadoc/core/"), failsafe.what());
        assertTrue(guava.what().contains("https://split.example/api/, https://guava.dev/releases/33.0-jre/api/docs/"),
                guava.what());
        assertTrue(failsafe.instead().contains("<links>") && failsafe.instead().contains("-Dmaven.javadoc.skip=true"),
                failsafe.instead());
    }

    @Test
    void of_javadocWithLinksOrLocalLinksOrSkipped_nothing() throws Exception {
        // <links> the plugin leaves out offline; a file: link and -linkoffline read nothing remote.
        Xpp3Dom links = configuration("<links><link>https://docs.oracle.com/en/java/javase/17/docs/api/</link>"
                + "</links><additionalparam>-link file:///opt/api -linkoffline https://x.example/api/ target/x"
                + "</additionalparam>");
        Xpp3Dom remote = configuration("<additionalparam>-link https://x.example/api/</additionalparam>");

        assertEquals(Optional.empty(), HostOnlyGoals.of("org.apache.maven.plugins", JAVADOC, "jar", links, NOTHING_TRUE));
        assertEquals(Optional.empty(), HostOnlyGoals.of("org.apache.maven.plugins", JAVADOC, "jar", remote, SKIPPED));
    }

    private static Xpp3Dom configuration(String children) throws Exception {
        return Xpp3DomBuilder.build(new StringReader("<configuration>" + children + "</configuration>"));
    }

    @Test
    void of_gitCommitIdRevisionFailingWithoutGit_outsideWithWhatToDo() {
        // javalin/javalin's configuration leaves failOnNoGitDirectory at its default, true.
        Predicate<String> javalin = "failOnNoGitDirectory"::equals;

        RunTimeResolution.Outside revision = HostOnlyGoals.of("io.github.git-commit-id", "git-commit-id-maven-plugin",
                "revision", null, javalin).orElseThrow();
        RunTimeResolution.Outside older = HostOnlyGoals.of("pl.project13.maven", "git-commit-id-plugin", "revision",
                null, javalin).orElseThrow();

        assertTrue(revision.what().contains(".git"), revision.what());
        assertTrue(revision.why().contains("never carries .git"), revision.why());
        assertTrue(revision.instead().contains("<failOnNoGitDirectory>false</failOnNoGitDirectory>")
                && revision.instead().contains("-Dmaven.gitcommitid.skip=true"), revision.instead());
        assertEquals(revision, older);
    }

    @Test
    void of_gitCommitIdGoingOnWithoutGitOrSkipped_nothing() {
        // spring-projects/spring-petclinic sets failOnNoGitDirectory to false; -Dmaven.gitcommitid.skip=true sets
        // skipViaCommandLine.
        Predicate<String> commandLineSkip = Set.of("failOnNoGitDirectory", "skipViaCommandLine")::contains;
        Predicate<String> failing = "failOnNoGitDirectory"::equals;
        String plugin = "git-commit-id-maven-plugin";

        assertEquals(Optional.empty(), HostOnlyGoals.of("io.github.git-commit-id", plugin, "revision", null,
                NOTHING_TRUE));
        assertEquals(Optional.empty(), HostOnlyGoals.of("io.github.git-commit-id", plugin, "revision", null,
                commandLineSkip));
        assertEquals(Optional.empty(), HostOnlyGoals.of("io.github.git-commit-id", plugin, "revision", null, SKIPPED));
        assertEquals(Optional.empty(), HostOnlyGoals.of("io.github.git-commit-id", plugin, "validateRevision", null,
                failing));
    }
}
