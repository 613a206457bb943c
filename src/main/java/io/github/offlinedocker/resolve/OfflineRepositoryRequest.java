package io.github.offlinedocker.resolve;

import java.nio.file.Path;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/**
 * One offline repository to prepare.
 *
 * @param session   the host build's session, whose settings and credentials apply
 * @param project   the project the builder stage builds
 * @param goals     what the builder stage runs with {@code mvn -o}
 * @param strategy  how the closure is found
 * @param directory where the repository is written; the lock file goes beside it
 * @param verify    whether to prove it with {@code mvn -o} on the host before returning
 */
public record OfflineRepositoryRequest(
        MavenSession session, MavenProject project, List<String> goals, Strategy strategy, Path directory,
        boolean verify) {

    public OfflineRepositoryRequest {
        goals = List.copyOf(goals);
    }
}
