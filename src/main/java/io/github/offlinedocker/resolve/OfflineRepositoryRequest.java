package io.github.offlinedocker.resolve;

import io.github.offlinedocker.project.BuilderReactor;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.execution.MavenSession;

/**
 * One offline repository to prepare.
 *
 * @param session   the host build's session, whose settings and credentials apply
 * @param reactor   the module the builder stage builds, and the reactor projects it builds with it
 * @param goals     what the builder stage runs with {@code mvn -o}
 * @param strategy  how the closure is found
 * @param directory where the repository is written; the lock file goes beside it
 * @param verify    whether to prove it with {@code mvn -o} on the host before returning
 */
public record OfflineRepositoryRequest(
        MavenSession session, BuilderReactor reactor, List<String> goals, Strategy strategy, Path directory,
        boolean verify) {

    public OfflineRepositoryRequest {
        goals = List.copyOf(goals);
    }
}
