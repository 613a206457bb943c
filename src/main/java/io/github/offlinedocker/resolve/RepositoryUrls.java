package io.github.offlinedocker.resolve;

import io.github.offlinedocker.ConfigurationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import org.eclipse.aether.repository.RemoteRepository;

/**
 * Refuses repository URLs with credentials written into them ({@code https://user:token@host/}): Maven records
 * such URLs verbatim in its local repository's bookkeeping, and a plugin that copies repositories around must
 * not be where they go on. Credentials belong in a settings.xml {@code <server>}.
 */
final class RepositoryUrls {

    private RepositoryUrls() {}

    /** Fails, showing the URL masked, when any repository (or the mirror serving it) has user info in its URL. */
    static void checkNoCredentials(Collection<RemoteRepository> repositories) throws ConfigurationException {
        for (RemoteRepository repository : repositories) {
            checkNoCredentials(repository);
            for (RemoteRepository mirrored : repository.getMirroredRepositories()) {
                checkNoCredentials(mirrored);
            }
        }
    }

    private static void checkNoCredentials(RemoteRepository repository) throws ConfigurationException {
        String userInfo = userInfo(repository.getUrl());
        if (userInfo != null) {
            throw new ConfigurationException("Repository '" + repository.getId() + "' has credentials in its URL "
                    + masked(repository.getUrl(), userInfo) + ". Remove them from the URL and put them in a"
                    + " settings.xml <server> with <id>" + repository.getId() + "</id>: a URL is copied into logs"
                    + " and into the local repository's bookkeeping files.");
        }
    }

    /** The URL's user info, or {@code null} when it has none. */
    static String userInfo(String url) {
        try {
            return new URI(url).getRawUserInfo();
        } catch (URISyntaxException e) {
            int at = url.indexOf('@');
            int scheme = url.indexOf("://");
            return scheme >= 0 && at > scheme ? url.substring(scheme + 3, at) : null;
        }
    }

    /** {@code url} with the password (or the whole user info when it is a single token) replaced by stars. */
    static String masked(String url, String userInfo) {
        int colon = userInfo.indexOf(':');
        String shown = colon >= 0 ? userInfo.substring(0, colon) + ":****" : "****";
        return url.replace(userInfo + "@", shown + "@");
    }
}
