package io.github.offlinedocker.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.maven.model.Activation;
import org.apache.maven.model.ActivationProperty;
import org.apache.maven.model.Model;
import org.apache.maven.model.Profile;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

class BuilderProfilesTest {

    /** The shop's model with its profiles 'ci' (env.CI set) and 'local' (env.CI unset), {@code active} injected. */
    private static MavenProject shop(List<String> active) {
        Model model = new Model();
        model.setGroupId("com.acme");
        model.setArtifactId("shop");
        model.setVersion("1.0");
        model.addProfile(profile("ci", "env.CI"));
        model.addProfile(profile("local", "!env.CI"));
        MavenProject project = new MavenProject(model);
        project.setInjectedProfileIds("com.acme:shop:1.0", active);
        project.setInjectedProfileIds("external", List.of("nexus"));
        return project;
    }

    private static Profile profile(String id, String property) {
        ActivationProperty activationProperty = new ActivationProperty();
        activationProperty.setName(property);
        Activation activation = new Activation();
        activation.setProperty(activationProperty);
        Profile profile = new Profile();
        profile.setId(id);
        profile.setActivation(activation);
        return profile;
    }

    @Test
    void compare_sameProfiles_noChange() {
        BuilderProfiles profiles = BuilderProfiles.compare(List.of(shop(List.of("ci"))), List.of(shop(List.of("ci"))));

        assertTrue(profiles.isEmpty());
        assertEquals(List.of(), profiles.hostArguments());
    }

    @Test
    void compare_hostOnlyAndBuilderOnly_namedWithTheirActivation() {
        BuilderProfiles profiles = BuilderProfiles.compare(List.of(shop(List.of("ci"))),
                List.of(shop(List.of("local"))));

        assertEquals(List.of(
                new BuilderProfiles.Change("com.acme:shop", "ci", true, "property env.CI", false),
                new BuilderProfiles.Change("com.acme:shop", "local", false, "property !env.CI", false)),
                profiles.changes());
        assertEquals(List.of("-Plocal,!ci"), profiles.hostArguments());
        assertEquals(List.of("com.acme:shop: profile 'ci' (property env.CI) is active on the host only",
                "com.acme:shop: profile 'local' (property !env.CI) is active in the builder only"), profiles.describe());
    }

    @Test
    void hostArguments_jdkProfiles_leftAsTheHostsJdkHasThem() {
        MavenProject host = shop(List.of("ci", "jdk21"));
        Activation jdk = new Activation();
        jdk.setJdk("[21,)");
        Profile jdk21 = new Profile();
        jdk21.setId("jdk21");
        jdk21.setActivation(jdk);
        host.getModel().addProfile(jdk21);

        BuilderProfiles profiles = BuilderProfiles.compare(List.of(host), List.of(shop(List.of())));

        assertEquals(new BuilderProfiles.Change("com.acme:shop", "jdk21", true, "jdk [21,)", true),
                profiles.changes().get(1));
        assertEquals(List.of("-P!ci"), profiles.hostArguments());
    }

    @Test
    void compare_settingsProfiles_leftOut() {
        MavenProject builder = shop(List.of("ci"));
        builder.setInjectedProfileIds("external", List.of());

        assertTrue(BuilderProfiles.compare(List.of(shop(List.of("ci"))), List.of(builder)).isEmpty());
    }
}
