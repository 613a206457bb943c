package io.github.offlinedocker.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.eclipse.aether.RepositorySystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResolverAccessTest {

    /** A mojo's base class that resolves nothing itself but uses a helper of the plugin's that does. */
    static class FixtureBase {
        Helper helper;
    }

    /** The kind of component a JSR-330 mojo injects: its descriptor lists none. */
    static class Helper {
        RepositorySystem repositorySystem;
    }

    static class HelpedMojo extends FixtureBase {}

    static class DirectMojo {
        RepositorySystem repositorySystem;
    }

    static class PlainMojo {
        String name;
    }

    @Test
    void evidence_descriptorRole() {
        assertEquals(Optional.of("it injects org.apache.maven.artifact.resolver.ArtifactResolver"),
                new ResolverAccess(List.of()).evidence(
                        List.of("org.apache.maven.artifact.resolver.ArtifactResolver"), List.of(), "x.Mojo"));
    }

    @Test
    void evidence_descriptorExpression() {
        assertEquals(Optional.of("it reads ${repositorySystemSession}"),
                new ResolverAccess(List.of()).evidence(
                        List.of("org.apache.maven.project.MavenProjectHelper"),
                        List.of("${project}", "${repositorySystemSession}"), "x.Mojo"));
    }

    @Test
    void evidence_classReferringToResolver(@TempDir Path dir) throws IOException {
        ResolverAccess access = new ResolverAccess(List.of(pluginJar(dir, DirectMojo.class)));
        assertEquals(Optional.of(DirectMojo.class.getName() + " refers to org.eclipse.aether.RepositorySystem"),
                access.evidence(List.of(), List.of("${session}"), DirectMojo.class.getName()));
    }

    @Test
    void evidence_helperUsedBySuperclass(@TempDir Path dir) throws IOException {
        ResolverAccess access = new ResolverAccess(
                List.of(pluginJar(dir, HelpedMojo.class, FixtureBase.class, Helper.class)));
        assertEquals(Optional.of(HelpedMojo.class.getName() + " uses " + Helper.class.getName()
                        + ", which refers to org.eclipse.aether.RepositorySystem"),
                access.evidence(List.of(), List.of(), HelpedMojo.class.getName()));
    }

    @Test
    void evidence_helperOutsideThePluginJars_none(@TempDir Path dir) throws IOException {
        ResolverAccess access = new ResolverAccess(List.of(pluginJar(dir, HelpedMojo.class, FixtureBase.class)));
        assertEquals(Optional.empty(), access.evidence(List.of(), List.of(), HelpedMojo.class.getName()));
    }

    @Test
    void evidence_plainMojo_none(@TempDir Path dir) throws IOException {
        ResolverAccess access = new ResolverAccess(List.of(pluginJar(dir, PlainMojo.class)));
        assertEquals(Optional.empty(), access.evidence(List.of(), List.of("${project}"), PlainMojo.class.getName()));
    }

    @Test
    void evidence_unreadableClass_countsAsEvidence(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("broken.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new ZipEntry("x/Mojo.class"));
            out.write(new byte[] {1, 2, 3});
        }
        assertEquals(Optional.of("its class x.Mojo cannot be read"),
                new ResolverAccess(List.of(jar)).evidence(List.of(), List.of(), "x.Mojo"));
    }

    @Test
    void isResolverType_typesAndPackages() {
        assertEquals(true, ResolverAccess.isResolverType("org/eclipse/aether/RepositorySystem"));
        assertEquals(true, ResolverAccess.isResolverType("org/apache/maven/shared/transfer/artifact/Resolver"));
        assertEquals(false, ResolverAccess.isResolverType("org/eclipse/aether/RepositorySystemSession"));
    }

    /** A jar of these test classes' own class files, as a plugin's jar holds its classes. */
    private static Path pluginJar(Path dir, Class<?>... classes) throws IOException {
        Path jar = dir.resolve("plugin.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Class<?> type : classes) {
                String entry = type.getName().replace('.', '/') + ".class";
                out.putNextEntry(new ZipEntry(entry));
                try (InputStream in = type.getClassLoader().getResourceAsStream(entry)) {
                    in.transferTo(out);
                }
            }
        }
        return jar;
    }
}
