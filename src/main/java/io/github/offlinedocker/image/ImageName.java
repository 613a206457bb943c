package io.github.offlinedocker.image;

/**
 * An image reference split as a registry sees it.
 *
 * @param registry   the registry host, {@code docker.io} when the name has none
 * @param repository the name without the tag, as the engine pushes it
 * @param tag        the tag, {@code latest} when none is given; the digest of a reference that gives one, which
 *                   the Docker API takes where it takes a tag
 */
record ImageName(String registry, String repository, String tag) {

    static final String DOCKER_HUB = "docker.io";

    /** Splits a reference such as {@code localhost:5000/team/app:1.0} or {@code debian@sha256:…}. */
    static ImageName parse(String reference) {
        int at = reference.indexOf('@');
        if (at >= 0) {
            ImageName named = parse(reference.substring(0, at));
            return new ImageName(named.registry(), named.repository(), reference.substring(at + 1));
        }
        int slash = reference.indexOf('/');
        String first = slash < 0 ? "" : reference.substring(0, slash);
        // Docker's rule: the first component is a registry when it has a dot or a port, or is localhost.
        boolean hasRegistry = first.contains(".") || first.contains(":") || first.equals("localhost");
        int colon = reference.lastIndexOf(':');
        boolean hasTag = colon > reference.lastIndexOf('/');
        String repository = hasTag ? reference.substring(0, colon) : reference;
        return new ImageName(hasRegistry ? first : DOCKER_HUB, repository, hasTag ? reference.substring(colon + 1) : "latest");
    }
}
