package io.github.offlinedocker.image;

import io.github.offlinedocker.OfflineDockerException;
import java.util.Optional;

/**
 * A place that may keep a login to an image registry: settings.xml, Docker's configuration. {@link RegistryLogins}
 * asks each in turn.
 */
public interface LoginSource {

    /**
     * The login this source keeps for {@code registry}, a host as image names give it
     * ({@code registry.example.com:5000}, {@value ImageName#DOCKER_HUB} for Docker Hub); empty when it keeps none.
     */
    Optional<RegistryCredentials> find(String registry) throws OfflineDockerException;
}
