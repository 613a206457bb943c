package io.github.offlinedocker.mojo;

import io.github.offlinedocker.image.Sbom;
import io.github.offlinedocker.resolve.Closure;
import io.github.offlinedocker.resolve.ClosureLock;
import io.github.offlinedocker.resolve.ResolvedArtifact;
import org.apache.maven.project.MavenProject;

/** The bill of materials of a project's runtime image, from its closure as the lock keeps it. */
final class ImageSbom {

    private ImageSbom() {}

    /**
     * The project and the libraries of its runtime class path with the sha256 and repository the lock gives them;
     * the reactor's own modules are built in the builder stage and so are part of the application.
     */
    static Sbom of(MavenProject project, Closure closure, ClosureLock lock) {
        Sbom.Component application = new Sbom.Component(project.getGroupId(), project.getArtifactId(),
                project.getVersion(), "", project.getArtifact().getArtifactHandler().getExtension(), "", "");
        return new Sbom(application, lock.locked(closure.runtimeClasspath()).stream()
                .map(locked -> {
                    ResolvedArtifact artifact = locked.artifact();
                    return new Sbom.Component(artifact.groupId(), artifact.artifactId(), artifact.version(),
                            artifact.classifier(), artifact.extension(), locked.sha256(), locked.repositoryId());
                })
                .toList());
    }
}
