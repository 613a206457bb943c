package io.github.offlinedocker.resolve;

import io.github.offlinedocker.EnvironmentException;
import io.github.offlinedocker.FileTree;
import io.github.offlinedocker.OfflineDockerException;
import io.github.offlinedocker.project.BuilderReactor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;
import org.apache.maven.project.MavenProject;
import org.apache.maven.rtinfo.RuntimeInformation;
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
    private final RuntimeInformation runtime;
    private final OfflineRepositoryWriter writer = new OfflineRepositoryWriter();

    @Inject
    public OfflineRepositoryBuilder(ClosureResolver closureResolver, RuntimeInformation runtime) {
        this.closureResolver = closureResolver;
        this.runtime = runtime;
    }

    /** Whether {@code directory} is an offline repository this plugin wrote: its lock file is beside it. */
    public static boolean writtenAt(Path directory) {
        return ClosureLock.isLock(ClosureLock.fileOf(directory));
    }

    /**
     * Prepares the repository {@code request} describes and returns its closure. When nothing that decides the
     * closure changed since the last successful run (see {@link ResolutionFingerprint}) and the repository is
     * still there, the last closure is reused without resolving; {@code -U} resolves again.
     */
    public Closure build(OfflineRepositoryRequest request) throws OfflineDockerException {
        for (MavenProject project : request.reactor().allProjects()) {
            RepositoryUrls.checkNoCredentials(project.getRemoteProjectRepositories());
            RepositoryUrls.checkNoCredentials(project.getRemotePluginRepositories());
        }
        Path repository = request.directory();
        Path lockFile = ClosureLock.fileOf(repository);
        ResolutionCache cache = new ResolutionCache(FileTree.sibling(repository, ".resolution"));
        String fingerprint;
        try {
            writer.recover(repository);
        } catch (IOException e) {
            throw new EnvironmentException("Could not restore the offline repository " + repository + " from what"
                    + " an interrupted run left beside it: " + e, e);
        }
        try {
            fingerprint = fingerprint(request);
            Optional<Closure> reused = request.session().getRequest().isUpdateSnapshots()
                            || !Files.isDirectory(repository) || !Files.isRegularFile(lockFile)
                    ? Optional.empty()
                    : cache.load(fingerprint);
            if (reused.isPresent()) {
                LOG.info("Offline repository {} is up to date ({} files): POMs, goals and Maven version are"
                        + " unchanged, so nothing is resolved (-U resolves again)", repository,
                        reused.get().artifacts().size());
                return reused.get();
            }
            cache.clear();
        } catch (IOException e) {
            throw new EnvironmentException("Could not read the last resolution beside " + repository + ": " + e, e);
        }
        Closure closure = closureResolver.resolve(request.session(), request.reactor(), request.goals(),
                request.strategy());
        List<String> changes;
        try {
            ClosureLock lock = ClosureLock.of(closure);
            ClosureLock previous = ClosureLock.read(lockFile);
            writer.write(closure, repository);
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
            List<String> arguments = new ArrayList<>(reactor.builderProfiles().hostArguments());
            arguments.addAll(reactor.builderGoals(request.goals()));
            new OfflineVerification().verify(reactor.root(), reactor.contextEntries(), arguments, repository,
                    Path.of(reactor.module().getBuild().getDirectory(), "offline-docker-verify"));
        }
        try {
            cache.store(fingerprint, closure);
        } catch (IOException e) {
            LOG.warn("Could not keep the resolution for the next run ({}); it will resolve again", e.toString());
        }
        return closure;
    }

    private String fingerprint(OfflineRepositoryRequest request) throws IOException {
        BuilderReactor reactor = request.reactor();
        List<String> facts = new ArrayList<>(List.of("maven " + runtime.getMavenVersion(),
                "strategy " + request.strategy(), "verify " + request.verify()));
        // The host's profiles and user properties count through the effective models: one that changes no model
        // (-Dstyle.color) changes nothing resolved.
        facts.addAll(reactor.moduleGoals(request.goals()));
        return ResolutionFingerprint.of(facts, reactor.root(), reactor.allProjects());
    }

    private static long count(List<String> changes, char kind) {
        return changes.stream().filter(change -> change.charAt(0) == kind).count();
    }
}
