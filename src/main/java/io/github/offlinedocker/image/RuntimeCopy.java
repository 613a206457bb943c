package io.github.offlinedocker.image;

import static io.github.offlinedocker.image.BuildContext.BUILDER_WORKSPACE;

/** One {@code COPY} of the runtime stage. */
public sealed interface RuntimeCopy {

    /**
     * The instruction; {@code librariesFolder} is the start of a {@code COPY} of the folder that holds the library
     * layers' folders: from the context, or from the dependency image the builder stage runs on.
     */
    String instruction(String librariesFolder);

    /** The closure's runtime libraries into {@code target}, one copy per {@link DependencyLayer}. */
    record Libraries(String target) implements RuntimeCopy {
        @Override
        public String instruction(String librariesFolder) {
            return DependencyLayer.copyEach(librariesFolder, target);
        }
    }

    /** A file, or a folder's content when {@code source} ends with {@code /}, that the builder stage made. */
    record FromBuilder(String source, String target) implements RuntimeCopy {
        @Override
        public String instruction(String librariesFolder) {
            return DockerfileGenerator.COPY_FROM_BUILDER + BUILDER_WORKSPACE + "/" + source + " " + target + "\n";
        }
    }
}
