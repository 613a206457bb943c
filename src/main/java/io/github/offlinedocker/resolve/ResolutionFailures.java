package io.github.offlinedocker.resolve;

import io.github.offlinedocker.ConfigurationException;
import io.github.offlinedocker.EnvironmentException;
import io.github.offlinedocker.OfflineDockerException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.maven.model.building.ModelProblem;
import org.apache.maven.project.DependencyResolutionException;
import org.apache.maven.project.DependencyResolutionResult;
import org.apache.maven.project.ProjectBuildingException;
import org.apache.maven.project.ProjectBuildingResult;
import org.eclipse.aether.collection.DependencyCollectionException;
import org.eclipse.aether.repository.Proxy;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactDescriptorException;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.VersionRangeRequest;
import org.eclipse.aether.resolution.VersionRangeResolutionException;
import org.eclipse.aether.resolution.VersionRangeResult;
import org.eclipse.aether.resolution.VersionResolutionException;
import org.eclipse.aether.transfer.ChecksumFailureException;

/**
 * Turns what Maven and the resolver throw into one message that names the artifact, the repository (which is
 * also the {@code <server>} id whose credentials apply) and the fix.
 */
final class ResolutionFailures {

    /** Refused by the repository or by its proxy, settings.xml cannot tell which: both have a login. */
    private static final String REPOSITORY_OR_PROXY = "repository or proxy";

    private ResolutionFailures() {}

    /**
     * A {@link ConfigurationException} when the user can fix it in settings.xml or the POM (missing or wrong
     * credentials, an artifact that does not exist, a blocked repository), else an {@link EnvironmentException}.
     */
    static OfflineDockerException explain(String what, Exception failure) {
        return explain(what, failure, List.of());
    }

    /**
     * {@link #explain(String, Exception)}, with the failures of requests made again to find out why: Maven's plugin
     * prefix and version resolution keep the answers of their metadata requests to themselves.
     */
    static OfflineDockerException explain(String what, Exception failure, List<? extends Exception> probed) {
        List<Throwable> causes = causesOf(failure);
        probed.forEach(p -> causes.addAll(causesOf(p)));
        List<TransferFailure> transfers = causes.stream()
                .map(TransferFailure::of)
                .flatMap(Optional::stream)
                .toList();
        if (transfers.isEmpty()) {
            Optional<ConfigurationException> range = rangeWithoutVersions(failure, causes);
            if (range.isPresent()) {
                return range.get();
            }
            return new EnvironmentException("Could not resolve " + what + ": " + failure.getMessage(), failure);
        }
        // Each repository tried leaves its own failure: a refusal explains more than a blocked repository, that
        // more than a broken transfer, and that more than a 404 (anything is missing from all but the repositories
        // holding it).
        TransferFailure transfer = transfers.stream().filter(TransferFailure::isRefused).findFirst()
                .or(() -> transfers.stream().filter(TransferFailure::isBlocked).findFirst())
                .or(() -> transfers.stream().filter(t -> !t.isNotFound()).findFirst())
                .orElse(transfers.get(0));
        String subject = transfer.subject() == null ? what : transfer.subject(purpose(what, causes));
        RemoteRepository repository = transfer.repository();
        String where = repository == null
                ? "its repositories"
                : "repository '" + repository.getId() + "' (" + repository.getUrl() + ")";
        if (causesOf(transfer.exception()).stream().anyMatch(ChecksumFailureException.class::isInstance)) {
            return new EnvironmentException("The checksum of " + subject + " from " + where + " does not match"
                    + " the file (" + transfer.exception().getMessage() + "): it is corrupt or was tampered with, and"
                    + " nothing of it was used. Have the repository's owner fix or redeploy it; Maven itself would"
                    + " only have warned.", failure);
        }
        if (transfer.isRefused()) {
            String asked = whoAsked(transfer.status(), repository);
            return new ConfigurationException(switch (asked) {
                case "407" -> proxyMessage(subject, repository);
                case REPOSITORY_OR_PROXY -> repositoryOrProxyMessage(subject, repository);
                default -> credentialsMessage(subject, repository, asked);
            }, failure);
        }
        if (transfer.isBlocked()) {
            return new ConfigurationException(blockedMessage(subject, repository), failure);
        }
        if (transfer.isNotFound()) {
            // A range's version list that some repositories lack: what matters is that none lists a version in it.
            Optional<ConfigurationException> range = transfer.metadata()
                    ? rangeWithoutVersions(failure, causes) : Optional.empty();
            if (range.isPresent()) {
                return range.get();
            }
            return new ConfigurationException("Could not resolve " + subject + ": no repository has it"
                    + tried(transfers, causes) + ". Check the coordinates in the POM, or add the repository that"
                    + " holds it to <repositories> (and its credentials to a settings.xml <server>).", failure);
        }
        return new EnvironmentException("Could not download " + subject + " from " + where + ": "
                + transfer.exception().getMessage() + ". Retry; if it fails again, check the repository's <url> and"
                + " that this machine reaches it (a VPN, a firewall, or a <proxy> in settings.xml).", failure);
    }

    /** The POM's to fix: a version range that no version its repositories list falls in. */
    private static Optional<ConfigurationException> rangeWithoutVersions(Exception failure, List<Throwable> causes) {
        return causes.stream()
                .filter(VersionRangeResolutionException.class::isInstance)
                .map(c -> ((VersionRangeResolutionException) c).getResult())
                .filter(r -> r != null && r.getRequest() != null && r.getVersions().isEmpty())
                .findFirst()
                .map(range -> {
                    VersionRangeRequest request = range.getRequest();
                    String repositories = request.getRepositories().stream()
                            .map(r -> "'" + r.getId() + "' (" + r.getUrl() + ")")
                            .collect(Collectors.joining(", "));
                    return new ConfigurationException("No version of " + request.getArtifact() + " is in its"
                            + " repositories" + (repositories.isEmpty() ? "" : " (" + repositories + ")") + ". Change"
                            + " the range in the POM, or add the repository that holds a version in it to"
                            + " <repositories> (and its credentials to a settings.xml <server>).", failure);
                });
    }

    /** What a metadata file was read for: the artifact whose version it resolves, or else {@code what}. */
    private static String purpose(String what, List<Throwable> causes) {
        for (Throwable cause : causes) {
            if (cause instanceof VersionRangeResolutionException range && range.getResult() != null
                    && range.getResult().getRequest() != null) {
                return range.getResult().getRequest().getArtifact().toString();
            }
            if (cause instanceof VersionResolutionException version && version.getResult() != null
                    && version.getResult().getRequest() != null) {
                return version.getResult().getRequest().getArtifact().toString();
            }
        }
        return what;
    }

    /** The repositories that had none, in the order Maven searched them: Maven 4 lists its failures its own way. */
    private static String tried(List<TransferFailure> transfers, List<Throwable> causes) {
        List<String> searchOrder = searchOrder(causes);
        String tried = transfers.stream()
                .map(TransferFailure::repository)
                .filter(r -> r != null)
                .sorted(Comparator.comparingInt(r -> rank(searchOrder, r.getId())))
                .map(r -> "'" + r.getId() + "' (" + r.getUrl() + ")")
                .distinct()
                .collect(Collectors.joining(", "));
        return tried.isEmpty() ? "" : " (tried " + tried + ")";
    }

    /**
     * Maven 3.8.1 and later block every plain HTTP repository on a host other than localhost, through the mirror
     * {@code maven-default-http-blocker} of their own settings; a mirror of the user's for that id comes first.
     */
    private static String blockedMessage(String subject, RemoteRepository blocker) {
        List<RemoteRepository> blocked = blocker.getMirroredRepositories().isEmpty()
                ? List.of(blocker) : blocker.getMirroredRepositories();
        String names = blocked.stream().map(r -> "'" + r.getId() + "' (" + r.getUrl() + ")")
                .collect(Collectors.joining(", "));
        RemoteRepository first = blocked.get(0);
        String are = blocked.size() == 1 ? "Repository " + names + " is" : "Repositories " + names + " are";
        return are + " on plain HTTP, which Maven 3.8.1 and later block for every host but localhost (the mirror '"
                + blocker.getId() + "' of Maven's conf/settings.xml), so Maven did not ask for " + subject
                + ". Move the repository to HTTPS and change its <url> to https://, or, if you accept plain HTTP for"
                + " it, add a <mirror> to ~/.m2/settings.xml with <id>" + first.getId()
                + "</id>, <mirrorOf>" + first.getId() + "</mirrorOf> and <url>" + first.getUrl() + "</url>: a mirror"
                + " of your own for that id comes before Maven's blocker, and the <server> with <id>" + first.getId()
                + "</id> still gives its login.";
    }

    /** The ids of the repositories the failed requests asked, in the order they asked them. */
    private static List<String> searchOrder(List<Throwable> causes) {
        return causes.stream()
                .filter(ArtifactResolutionException.class::isInstance)
                .map(ArtifactResolutionException.class::cast)
                .filter(resolution -> resolution.getResults() != null)
                .flatMap(resolution -> resolution.getResults().stream())
                .filter(result -> result.getRequest() != null)
                .flatMap(result -> result.getRequest().getRepositories().stream())
                .map(RemoteRepository::getId)
                .distinct()
                .toList();
    }

    /** Where {@code id} comes in {@code order}; after all of it when it is not there. */
    private static int rank(List<String> order, String id) {
        int index = order.indexOf(id);
        return index < 0 ? order.size() : index;
    }

    /**
     * The status for what the JDK transport reports without one, from which logins settings.xml gives: it sends
     * each login it has, so a missing one is the one not given, and a refused one the one given.
     */
    private static String whoAsked(String status, RemoteRepository repository) {
        boolean proxyLogin = repository.getProxy() != null && repository.getProxy().getAuthentication() != null;
        boolean repositoryLogin = repository.getAuthentication() != null;
        if (TransferFailure.NO_LOGIN.equals(status)) {
            return repository.getProxy() != null && !proxyLogin && repositoryLogin ? "407" : "401";
        }
        if (TransferFailure.LOGIN_REFUSED.equals(status)) {
            return !proxyLogin ? "401" : repositoryLogin ? REPOSITORY_OR_PROXY : "407";
        }
        return status;
    }

    private static String proxyMessage(String coordinates, RemoteRepository repository) {
        Proxy proxy = repository.getProxy();
        String where = " for " + coordinates + " from repository '" + repository.getId() + "' ("
                + repository.getUrl() + "): ";
        if (proxy == null) {
            return "A proxy answered 407 Proxy Authentication Required" + where + "settings.xml has no <proxy> for"
                    + " this repository. Add one with the proxy's <host>, <port>, <username> and <password> to"
                    + " ~/.m2/settings.xml.";
        }
        String address = proxyAddress(proxy);
        String fix = proxy.getAuthentication() == null
                ? "the <proxy> for " + address + " in settings.xml has no login. Add the proxy's <username> and"
                        + " <password> to it."
                : "the <proxy> for " + address + " in settings.xml has a login the proxy rejected. Fix its"
                        + " <username>/<password> (run 'mvn --encrypt-password' for an encrypted one).";
        return "The proxy " + address + " answered 407 Proxy Authentication Required" + where + fix;
    }

    private static String repositoryOrProxyMessage(String coordinates, RemoteRepository repository) {
        String id = repository.getId();
        String address = proxyAddress(repository.getProxy());
        return "Repository '" + id + "' (" + repository.getUrl() + "), reached through the proxy " + address
                + ", refused a login for " + coordinates + " until Maven gave up, without saying whose: the <server>"
                + " with <id>" + id + "</id> or the <proxy> for " + address + " in settings.xml has credentials that"
                + " were rejected. Fix the <username>/<password> of the wrong one (run 'mvn --encrypt-password' for an"
                + " encrypted one).";
    }

    private static String credentialsMessage(String coordinates, RemoteRepository repository, String status) {
        String id = repository.getId();
        String fix;
        if (repository.getAuthentication() == null) {
            fix = "settings.xml has no <server> with <id>" + id + "</id>. Add one with the <username> and <password>"
                    + " (or <configuration><httpHeaders> token) of that repository to ~/.m2/settings.xml.";
        } else if ("401".equals(status)) {
            fix = "the <server> with <id>" + id + "</id> in settings.xml has credentials the repository rejected."
                    + " Fix its <username>/<password> (run 'mvn --encrypt-password' for an encrypted one).";
        } else {
            fix = "the <server> with <id>" + id + "</id> in settings.xml is not allowed to read it. Have the"
                    + " repository's owner grant that user read access, or give the <server> another user's"
                    + " credentials.";
        }
        String refused = "401".equals(status) ? "answered 401 Unauthorized" : "answered 403 Forbidden";
        return "Repository '" + id + "' (" + repository.getUrl() + ") " + refused + " for " + coordinates + ": " + fix;
    }

    private static String proxyAddress(Proxy proxy) {
        return proxy.getHost() + ":" + proxy.getPort();
    }

    /**
     * The failure and all its causes, including what an {@link ArtifactResolutionException} reports per artifact
     * and a {@link ProjectBuildingException} per project (an unresolvable parent POM hides its error there), and
     * what the resolver's other exceptions hold in their results.
     */
    private static List<Throwable> causesOf(Throwable failure) {
        List<Throwable> found = new ArrayList<>();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        Deque<Throwable> pending = new ArrayDeque<>();
        pending.add(failure);
        while (!pending.isEmpty()) {
            Throwable next = pending.poll();
            if (next == null || seen.put(next, Boolean.TRUE) != null) {
                continue;
            }
            found.add(next);
            if (next instanceof ProjectBuildingException building && building.getResults() != null) {
                for (ProjectBuildingResult result : building.getResults()) {
                    for (ModelProblem problem : result.getProblems()) {
                        if (problem.getException() != null) {
                            pending.add(problem.getException());
                        }
                    }
                }
            }
            // Maven 3.9 reports unresolved dependencies in the result only, with no cause.
            if (next instanceof DependencyResolutionException dependencies && dependencies.getResult() != null) {
                DependencyResolutionResult result = dependencies.getResult();
                pending.addAll(result.getCollectionErrors());
                result.getUnresolvedDependencies().forEach(d -> pending.addAll(result.getResolutionErrors(d)));
            }
            if (next instanceof ArtifactResolutionException resolution && resolution.getResults() != null) {
                for (ArtifactResult result : resolution.getResults()) {
                    pending.addAll(result.getExceptions());
                }
            }
            // A version range, LATEST or RELEASE, a SNAPSHOT's builds: each repository's metadata failure is kept in
            // the result, behind "No versions available" or "Failed to resolve version".
            if (next instanceof VersionRangeResolutionException range && range.getResult() != null) {
                pending.addAll(range.getResult().getExceptions());
            }
            if (next instanceof VersionResolutionException version && version.getResult() != null) {
                pending.addAll(version.getResult().getExceptions());
            }
            if (next instanceof ArtifactDescriptorException descriptor && descriptor.getResult() != null) {
                pending.addAll(descriptor.getResult().getExceptions());
            }
            if (next instanceof DependencyCollectionException collection && collection.getResult() != null) {
                pending.addAll(collection.getResult().getExceptions());
            }
            if (next.getCause() != null) {
                pending.add(next.getCause());
            }
        }
        return found;
    }
}
