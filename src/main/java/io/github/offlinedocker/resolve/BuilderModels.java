package io.github.offlinedocker.resolve;

import io.github.offlinedocker.EnvironmentException;
import io.github.offlinedocker.OfflineDockerException;
import io.github.offlinedocker.project.BuilderSystem;
import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.DefaultProjectBuildingRequest;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectBuilder;
import org.apache.maven.project.ProjectBuildingException;
import org.apache.maven.project.ProjectBuildingRequest;
import org.apache.maven.project.ProjectBuildingResult;

/**
 * Builds the reactor's models again as the builder stage's Maven builds them: Maven's own project builder
 * decides which profiles the builder's JDK, OS and environment activate.
 */
@Named
@Singleton
public class BuilderModels {

    private final ProjectBuilder projectBuilder;

    @Inject
    public BuilderModels(ProjectBuilder projectBuilder) {
        this.projectBuilder = projectBuilder;
    }

    /** {@code projects}, in their order, built for {@code system} with the host build's profile selection. */
    public List<MavenProject> build(MavenSession session, List<MavenProject> projects, BuilderSystem system)
            throws OfflineDockerException {
        ProjectBuildingRequest request = new DefaultProjectBuildingRequest(session.getProjectBuildingRequest());
        request.setSystemProperties(system.systemProperties(session.getSystemProperties()));
        request.setResolveDependencies(false);
        List<File> poms = projects.stream().map(MavenProject::getFile).toList();
        Map<File, MavenProject> byPom = new HashMap<>();
        try {
            for (ProjectBuildingResult result : projectBuilder.build(poms, false, request)) {
                byPom.put(result.getPomFile(), result.getProject());
            }
        } catch (ProjectBuildingException e) {
            throw ResolutionFailures.explain("the reactor's models as the builder stage builds them ("
                    + system.describe() + ")", e);
        }
        List<MavenProject> built = new ArrayList<>();
        for (MavenProject project : projects) {
            MavenProject builder = byPom.get(project.getFile());
            if (builder == null) {
                throw new EnvironmentException("Maven built no model of " + project.getFile() + " for the builder"
                        + " stage (" + system.describe() + ").");
            }
            built.add(builder);
        }
        return built;
    }
}
