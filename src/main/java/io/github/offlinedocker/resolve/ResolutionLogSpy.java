package io.github.offlinedocker.resolve;

import java.nio.file.Path;
import java.util.Properties;
import org.apache.maven.eventspy.AbstractEventSpy;
import org.apache.maven.execution.ExecutionEvent;
import org.apache.maven.execution.MavenSession;
import org.eclipse.aether.RepositoryEvent;

/**
 * Loaded as a core extension into a recording run ({@code -Dmaven.ext.class.path=<this plugin's jar>}), it
 * sees every repository event of that build, including what plugins resolve while they run, and writes what
 * was resolved to the file named by {@value ResolutionLog#FILE_PROPERTY}. Without that property it does
 * nothing, so the plugin's jar on a class path never records by accident. It is declared in
 * {@code META-INF/plexus/components.xml}, which every Maven reads from that class path.
 *
 * <p>Once the session starts, the run's plugins see Maven in offline mode, as the builder's {@code mvn -o} shows
 * it to them, while the resolver's own session, made before, stays online and records. A plugin that reaches the
 * internet only when online (maven-javadoc-plugin's {@code <links>}, for one) then does in the recording what it
 * will do in the builder, instead of failing on a host that cannot reach that site.
 */
public final class ResolutionLogSpy extends AbstractEventSpy {

    private final ResolutionRecorder recorder = new ResolutionRecorder();
    private volatile Path log;

    /** Takes the log's path from the build's user properties ({@code -D} on the forked command line). */
    @Override
    public void init(Context context) {
        Object properties = context.getData().get("userProperties");
        if (properties instanceof Properties userProperties
                && userProperties.getProperty(ResolutionLog.FILE_PROPERTY) != null) {
            log = Path.of(userProperties.getProperty(ResolutionLog.FILE_PROPERTY));
        }
    }

    @Override
    public void onEvent(Object event) {
        if (event instanceof ExecutionEvent execution && log != null
                && execution.getType() == ExecutionEvent.Type.SessionStarted) {
            showOffline(execution.getSession());
        }
        if (event instanceof RepositoryEvent repositoryEvent && log != null) {
            switch (repositoryEvent.getType()) {
                case ARTIFACT_RESOLVED -> recorder.record(repositoryEvent);
                case METADATA_RESOLVED -> recorder.recordMetadata(repositoryEvent);
                default -> {
                    // Only what was handed out counts.
                }
            }
        }
    }

    /**
     * Maven 3 reads a plugin's {@code ${settings.offline}} from the request, Maven 4 from a copy of the settings
     * made with the session: both are set.
     */
    private static void showOffline(MavenSession session) {
        session.getRequest().setOffline(true);
        session.getSettings().setOffline(true);
    }

    @Override
    public void close() throws Exception {
        if (log != null) {
            ResolutionLog.write(recorder, log);
        }
    }
}
