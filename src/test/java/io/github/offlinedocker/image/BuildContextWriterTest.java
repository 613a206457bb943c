package io.github.offlinedocker.image;

import static io.github.offlinedocker.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.offlinedocker.FileTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildContextWriterTest {

    private static final String SBOM = "{\"bomFormat\": \"CycloneDX\"}\n";

    @TempDir
    Path temp;

    @Test
    void write_onlyAllowListedProjectFilesAndDeclaredInputs() throws IOException {
        Path project = temp.resolve("project");
        write(project.resolve("pom.xml"), "<project/>");
        write(project.resolve("src/main/java/App.java"), "class App {}");
        write(project.resolve("settings.xml"), "<password>secret</password>");
        write(project.resolve(".mvn/maven.config"), "-Dtoken=secret");
        write(project.resolve(".git/config"), "url = https://user:secret@host/repo");
        write(project.resolve(".env"), "TOKEN=secret");
        write(project.resolve("target/old.jar"), "old");
        Files.createSymbolicLink(project.resolve("src/link-to-env"), project.resolve(".env"));
        Path repository = temp.resolve("offline-repo");
        write(repository.resolve("com/acme/lib/1.0/lib-1.0.jar"), "lib");
        write(repository.resolve("com/acme/lib/maven-metadata-local.xml"), "<metadata/>");
        Path maven = MavenDistributionTest.distribution(temp.resolve("apache-maven.tar.gz"));
        Path context = temp.resolve("context");
        write(context.resolve("stale-from-last-run"), "stale");

        new BuildContextWriter().write(new ContextSources(project,
                FileTree.entryFiles(project, List.of("pom.xml", "src", "missing")), Map.of(),
                repository, Map.of("com/acme/lib/1.0/lib-1.0.jar", DependencyLayer.PRIVATE), maven,
                Map.of("private/lib-1.0.jar", repository.resolve("com/acme/lib/1.0/lib-1.0.jar")), Map.of(), SBOM),
                "FROM x\n", context);

        List<String> files = FileTree.regularFiles(context).stream()
                .map(p -> context.relativize(p).toString()).toList();
        assertEquals(List.of(
                "Dockerfile",
                "lib/private/lib-1.0.jar",
                "maven/bin/mvn",
                "maven/bin/offline-docker-mvn",
                "maven/conf/settings.xml",
                "maven/lib/maven-core.jar",
                "project/pom.xml",
                "project/src/main/java/App.java",
                "repository/private/com/acme/lib/1.0/lib-1.0.jar",
                // A file the layer map does not name goes into the last layer.
                "repository/snapshots/com/acme/lib/maven-metadata-local.xml",
                "sbom.cdx.json"), files);
        assertEquals(SBOM, Files.readString(context.resolve("sbom.cdx.json")));
        // Every layer folder exists, empty or not, so the Dockerfile's COPY of each always finds it.
        for (DependencyLayer layer : DependencyLayer.values()) {
            assertTrue(Files.isDirectory(context.resolve("repository").resolve(layer.directory())), layer.name());
            assertTrue(Files.isDirectory(context.resolve("lib").resolve(layer.directory())), layer.name());
        }
        assertEquals("FROM x\n", Files.readString(context.resolve("Dockerfile")));
        assertFalse(Files.exists(context.resolve("project/src/link-to-env")));
    }

    @Test
    void writeDependencyContext_andWriteProjectContext_splitTheWholeContext() throws IOException {
        ContextSources sources = sources();
        Path dependencies = temp.resolve("dependencies");
        Path project = temp.resolve("project-context");

        new BuildContextWriter().writeDependencyContext(sources, "FROM jdk\n", dependencies);
        new BuildContextWriter().writeProjectContext(sources, "FROM deps\n", project);

        assertEquals(List.of("Dockerfile", "lib/private/a-1.jar", "maven/bin/mvn", "maven/bin/offline-docker-mvn", "maven/conf/settings.xml",
                "maven/lib/maven-core.jar", "repository/private/g/a/1/a-1.jar"), files(dependencies));
        // The bill names the application's version: in the project's context, not the dependency image.
        assertEquals(List.of("Dockerfile", "project.tar", "sbom.cdx.json"), files(project));
        assertEquals(SBOM, Files.readString(project.resolve("sbom.cdx.json")));
        assertEquals("FROM deps\n", Files.readString(project.resolve("Dockerfile")));
        // The project's allow-listed files, as the whole context has them below project/.
        try (TarArchiveInputStream tar =
                new TarArchiveInputStream(Files.newInputStream(project.resolve("project.tar")))) {
            assertEquals("pom.xml", tar.getNextTarEntry().getName());
            assertEquals("<project/>", new String(tar.readAllBytes(), StandardCharsets.UTF_8));
            assertNull(tar.getNextTarEntry());
        }
    }

    @Test
    void dependencyFiles_byContextPathInTheirLayers() throws IOException {
        ContextSources sources = sources();

        assertEquals(Map.of(
                "lib/private/a-1.jar", sources.offlineRepository().resolve("g/a/1/a-1.jar"),
                "repository/private/g/a/1/a-1.jar", sources.offlineRepository().resolve("g/a/1/a-1.jar")),
                BuildContextWriter.dependencyFiles(sources));
    }

    private ContextSources sources() throws IOException {
        Path project = temp.resolve("sources");
        write(project.resolve("pom.xml"), "<project/>");
        Path repository = temp.resolve("repository");
        write(repository.resolve("g/a/1/a-1.jar"), "jar");
        return new ContextSources(project, FileTree.entryFiles(project, List.of("pom.xml")), Map.of(), repository,
                Map.of("g/a/1/a-1.jar", DependencyLayer.PRIVATE),
                MavenDistributionTest.distribution(temp.resolve("maven.tar.gz")),
                Map.of("private/a-1.jar", repository.resolve("g/a/1/a-1.jar")), Map.of(), SBOM);
    }

    private static List<String> files(Path directory) throws IOException {
        return FileTree.regularFiles(directory).stream().map(p -> directory.relativize(p).toString()).toList();
    }

    @Test
    void write_repositoryFilesAreLinksNotCopies() throws IOException {
        Path project = temp.resolve("p");
        write(project.resolve("pom.xml"), "<project/>");
        Path repository = temp.resolve("r");
        write(repository.resolve("g/a/1/a-1.jar"), "jar");
        Path maven = MavenDistributionTest.distribution(temp.resolve("m.tar.gz"));
        Path context = temp.resolve("c");

        new BuildContextWriter().write(
                new ContextSources(project, FileTree.entryFiles(project, List.of("pom.xml")), Map.of(), repository,
                        Map.of("g/a/1/a-1.jar", DependencyLayer.RELEASES), maven, Map.of(), Map.of(), SBOM), "", context);

        assertTrue(Files.isSameFile(repository.resolve("g/a/1/a-1.jar"),
                context.resolve("repository/releases/g/a/1/a-1.jar")));
    }
}
