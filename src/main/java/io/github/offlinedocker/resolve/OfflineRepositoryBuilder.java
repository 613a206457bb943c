package io.github.offlinedocker.resolve;

import io.github.offlinedocker.EnvironmentException;
import io.github.offlinedocker.OfflineDockerException;
import io.github.offlinedocker.project.BuilderReactor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prepares an offline repository: resolves the closure, writes the repository and its lock file, reports what
 * changed since the last run and, when asked, proves the repository complete.
 */
@Named
@Singleton
public final class OfflineRepositoryBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(OfflineRepositoryBuilder.class);

    private final ClosureResolver closureResolver;

    @Inject
    public OfflineRepositoryBuilder(ClosureResolver closureResolver) {
        this.closureResolver = closureResolver;
    }

    /** Prepares the repository {@code request} describes and returns its closure. */
    public Closure build(OfflineRepositoryRequest request) throws OfflineDockerException {
        Closure closure = closureResolver.resolve(request.session(), request.reactor(), request.goals(),
                request.strategy());
        Path repository = request.directory();
        Path lockFile = repository.resolveSibling(repository.getFileName() + ".lock");
        List<String> changes;
        try {
            ClosureLock lock = ClosureLock.of(closure);
            ClosureLock previous = ClosureLock.read(lockFile);
            new OfflineRepositoryWriter().write(closure, repository);
            lock.write(lockFile);
            changes = previous.isEmpty() ? List.of() : lock.changesSince(previous);
        } catch (IOException e) {
            throw new EnvironmentException("Could not write the offline repository " + repository + ": " + e
                    + ". The previous one, if any, is unchanged.", e);
        }
        String goals = String.join(" ", request.goals());
        LOG.info(String.format("Offline repository %s: %d files, %.1f MB for 'mvn -o %s'", repository,
                closure.artifacts().size(), closure.totalBytes() / 1e6, goals));
        if (!changes.isEmpty()) {
            LOG.info(String.format("The closure changed since the last run: %d added, %d removed, %d changed"
                    + " (-X lists them; %s holds the new closure)", count(changes, '+'), count(changes, '-'),
                    count(changes, '~'), lockFile));
            changes.forEach(change -> LOG.debug("  {}", change));
        }
        if (request.verify()) {
            BuilderReactor reactor = request.reactor();
            new OfflineVerification().verify(reactor.root(), reactor.contextEntries(),
                    reactor.builderGoals(request.goals()), repository,
                    Path.of(reactor.module().getBuild().getDirectory(), "offline-docker-verify"));
        }
        return closure;
    }

    private static long count(List<String> changes, char kind) {
        return changes.stream().filter(change -> change.charAt(0) == kind).count();
    }
}
