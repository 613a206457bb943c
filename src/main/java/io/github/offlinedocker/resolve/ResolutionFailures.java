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
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.maven.model.building.ModelProblem;
import org.apache.maven.project.DependencyResolutionException;
import org.apache.maven.project.DependencyResolutionResult;
import org.apache.maven.project.ProjectBuildingException;
import org.apache.maven.project.ProjectBuildingResult;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.repository.Proxy;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.transfer.ArtifactNotFoundException;
import org.eclipse.aether.transfer.ArtifactTransferException;
import org.eclipse.aether.transfer.ChecksumFailureException;

/**
 * Turns what Maven and the resolver throw into one message that names the artifact, the repository (which is
 * also the {@code <server>} id whose credentials apply) and the fix.
 */
final class ResolutionFailures {

    private static final Pattern HTTP_STATUS = Pattern.compile("\\b(401|403|404|407)\\b");
    /*
     * Maven 4's JDK transport reports a refused login, and a login asked for but not given, without the status:
     * the same words whether the repository (401) or its proxy (407) asked. See whoAsked.
     */
    private static final String LOGIN_REFUSED = "login refused";
    private static final String NO_LOGIN = "no login";
    /** Refused by the repository or by its proxy, settings.xml cannot tell which: both have a login. */
    private static final String REPOSITORY_OR_PROXY = "repository or proxy";

    private ResolutionFailures() {}

    /**
     * A {@link ConfigurationException} when the user can fix it in settings.xml or the POM (missing or wrong
     * credentials, an artifact that does not exist), else an {@link EnvironmentException}.
     */
    static OfflineDockerException explain(String what, Exception failure) {
        List<Throwable> causes = causesOf(failure);
        List<ArtifactTransferException> transfers = causes.stream()
                .filter(ArtifactTransferException.class::isInstance)
                .map(ArtifactTransferException.class::cast)
                .toList();
        if (transfers.isEmpty()) {
            return new EnvironmentException("Could not resolve " + what + ": " + failure.getMessage(), failure);
        }
        // Each repository tried leaves its own failure: an authentication failure explains more than a broken
        // transfer, and that more than a 404 (any artifact is missing from all but the repositories holding it).
        ArtifactTransferException transfer = transfers.stream()
                .filter(t -> t.getRepository() != null && isAuthenticationStatus(httpStatus(t)))
                .findFirst()
                .or(() -> transfers.stream().filter(t -> !isNotFound(t)).findFirst())
                .orElse(transfers.get(0));
        String status = httpStatus(transfer);
        Artifact artifact = transfer.getArtifact();
        RemoteRepository repository = transfer.getRepository();
        String coordinates = artifact == null ? what : artifact.toString();
        String where = repository == null
                ? "its repositories"
                : "repository '" + repository.getId() + "' (" + repository.getUrl() + ")";
        if (causesOf(transfer).stream().anyMatch(ChecksumFailureException.class::isInstance)) {
            return new EnvironmentException("The checksum of " + coordinates + " from " + where + " does not match"
                    + " the file (" + transfer.getMessage() + "): it is corrupt or was tampered with, and nothing of it"
                    + " was used. Have the repository's owner fix or redeploy it; Maven itself would only have"
                    + " warned.", failure);
        }
        if (repository != null && isAuthenticationStatus(status)) {
            String asked = whoAsked(status, repository);
            return new ConfigurationException(switch (asked) {
                case "407" -> proxyMessage(coordinates, repository);
                case REPOSITORY_OR_PROXY -> repositoryOrProxyMessage(coordinates, repository);
                default -> credentialsMessage(coordinates, repository, asked);
            }, failure);
        }
        if (isNotFound(transfer)) {
            // In the order Maven searched them: Maven 4 lists its failures in an order of its own.
            List<String> searchOrder = searchOrder(causes);
            String tried = transfers.stream()
                    .map(ArtifactTransferException::getRepository)
                    .filter(r -> r != null)
                    .sorted(Comparator.comparingInt(r -> rank(searchOrder, r.getId())))
                    .map(r -> "'" + r.getId() + "' (" + r.getUrl() + ")")
                    .distinct()
                    .collect(Collectors.joining(", "));
            return new ConfigurationException("Could not resolve " + coordinates + ": no repository has it"
                    + (tried.isEmpty() ? "" : " (tried " + tried + ")") + ". Check the coordinates in the POM, or"
                    + " add the repository that holds it to <repositories> (and its credentials to a settings.xml"
                    + " <server>).", failure);
        }
        return new EnvironmentException("Could not download " + coordinates + " from " + where + ": "
                + transfer.getMessage(), failure);
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

    private static boolean isNotFound(ArtifactTransferException transfer) {
        return transfer instanceof ArtifactNotFoundException || "404".equals(httpStatus(transfer));
    }

    private static boolean isAuthenticationStatus(String status) {
        return List.of("401", "403", "407", LOGIN_REFUSED, NO_LOGIN).contains(status);
    }

    /**
     * The status for what the JDK transport reports without one, from which logins settings.xml gives: it sends
     * each login it has, so a missing one is the one not given, and a refused one the one given.
     */
    private static String whoAsked(String status, RemoteRepository repository) {
        boolean proxyLogin = repository.getProxy() != null && repository.getProxy().getAuthentication() != null;
        boolean repositoryLogin = repository.getAuthentication() != null;
        if (NO_LOGIN.equals(status)) {
            return repository.getProxy() != null && !proxyLogin && repositoryLogin ? "407" : "401";
        }
        if (LOGIN_REFUSED.equals(status)) {
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

    /** The HTTP status a transfer failure reports in its message or its causes' messages, or "". */
    private static String httpStatus(Throwable transfer) {
        for (Throwable cause = transfer; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            Matcher matcher = HTTP_STATUS.matcher(message);
            if (matcher.find()) {
                return matcher.group(1);
            }
            String lower = message.toLowerCase(Locale.ROOT);
            if (lower.contains("too many authentication attempts")) {
                return LOGIN_REFUSED;
            }
            if (lower.contains("no credentials provided")) {
                return NO_LOGIN;
            }
            if (lower.contains("not authorized") || lower.contains("unauthorized")) {
                return "401";
            }
            if (lower.contains("forbidden")) {
                return "403";
            }
        }
        return "";
    }

    /**
     * The failure and all its causes, including what an {@link ArtifactResolutionException} reports per artifact
     * and a {@link ProjectBuildingException} per project (an unresolvable parent POM hides its error there), and
     * what a {@link DependencyResolutionException} holds in its result.
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
            if (next.getCause() != null) {
                pending.add(next.getCause());
            }
        }
        return found;
    }
}
