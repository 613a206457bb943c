package io.github.offlinedocker.resolve;

/**
 * The image layers dependencies go into, from rarely to often changing, so that a change reuses every layer
 * before the one it touches: a bumped private library re-copies the private and SNAPSHOT layers, never the
 * released third-party artifacts.
 */
public enum DependencyLayer {

    /** Released artifacts from Maven Central (repository id {@code central}): never change once published. */
    RELEASES("releases"),
    /** Released artifacts from any other repository, or installed locally: the organisation's own libraries. */
    PRIVATE("private"),
    /** SNAPSHOTs, which change with every deployment, and the version lists offline Maven reads. */
    SNAPSHOTS("snapshots");

    private final String directory;

    DependencyLayer(String directory) {
        this.directory = directory;
    }

    /** The folder name of this layer in the build context. */
    public String directory() {
        return directory;
    }

    /** The layer {@code artifact} belongs in. */
    public static DependencyLayer of(ResolvedArtifact artifact) {
        if (artifact.baseVersion().endsWith("-SNAPSHOT")) {
            return SNAPSHOTS;
        }
        return "central".equals(artifact.repositoryId()) ? RELEASES : PRIVATE;
    }
}
