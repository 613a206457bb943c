package io.github.offlinedocker.resolve;

import io.github.offlinedocker.EnvironmentException;
import java.lang.reflect.InvocationTargetException;
import org.apache.maven.execution.MavenSession;
import org.codehaus.plexus.PlexusContainer;
import org.eclipse.aether.DefaultRepositoryCache;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.repository.RepositoryPolicy;
import org.eclipse.aether.DefaultSessionData;

/**
 * Makes the repository session the closure is resolved on: a copy of the host's, so mirrors, proxies, server
 * credentials and the user's local repository apply exactly as in the host build, with a recording listener
 * and a fresh cache so that POMs the host already read (parents, BOMs) are resolved, and recorded, again.
 *
 * <p>Maven 4 resolves parents and imported BOMs through its API session, which it finds in the repository
 * session's {@code SessionData} together with its request cache. The copy would share both with the host, and
 * those POMs would never reach the recorder. So on Maven 4 the copy gets data of its own and an API session of
 * its own, made by Maven's own session factory. The classes involved are not exported to plugins, hence the
 * reflection; on Maven 3 none of them exists and nothing is done.
 */
final class RecordingSessionFactory {

    private static final String MAVEN4_INTERNAL_SESSION = "org.apache.maven.impl.InternalSession";
    private static final String MAVEN4_SESSION_FACTORY = "org.apache.maven.internal.impl.DefaultSessionFactory";
    private static final String MAVEN4_API_SESSION = "org.apache.maven.api.Session";

    private final PlexusContainer container;

    RecordingSessionFactory(PlexusContainer container) {
        this.container = container;
    }

    /** A copy of {@code session}'s repository session whose resolutions {@code recorder} sees. */
    DefaultRepositorySystemSession create(MavenSession session, ResolutionRecorder recorder)
            throws EnvironmentException {
        DefaultRepositorySystemSession recording = new DefaultRepositorySystemSession(session.getRepositorySession());
        recording.setCache(new DefaultRepositoryCache());
        // Maven only warns when a download does not match its checksum; what goes into an image must match.
        recording.setChecksumPolicy(RepositoryPolicy.CHECKSUM_POLICY_FAIL);
        recording.setRepositoryListener(recorder.listener(session.getRepositorySession().getRepositoryListener()));
        if (isMaven4(session)) {
            bindMaven4Session(session, recording);
        }
        return recording;
    }

    private static boolean isMaven4(MavenSession session) {
        try {
            Class<?> internalSession = Class.forName(MAVEN4_INTERNAL_SESSION, false, coreClassLoader());
            return session.getRepositorySession().getData().get(internalSession) != null;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    @SuppressWarnings("deprecation") // the four-argument constructor is the one both Maven 3.8 and 4 have
    private void bindMaven4Session(MavenSession session, DefaultRepositorySystemSession recording)
            throws EnvironmentException {
        try {
            recording.setData(new DefaultSessionData());
            MavenSession copy = new MavenSession(container, recording, session.getRequest(), session.getResult());
            copy.setProjects(session.getProjects());
            Class<?> factoryType = Class.forName(MAVEN4_SESSION_FACTORY, false, coreClassLoader());
            Object factory = container.lookup(factoryType);
            Object apiSession = factoryType.getMethod("newSession", MavenSession.class).invoke(factory, copy);
            Class<?> apiSessionType = Class.forName(MAVEN4_API_SESSION, false, coreClassLoader());
            MavenSession.class.getMethod("setSession", apiSessionType).invoke(copy, apiSession);
        } catch (InvocationTargetException e) {
            throw maven4Failure(e.getCause());
        } catch (Exception e) {
            throw maven4Failure(e);
        }
    }

    private static EnvironmentException maven4Failure(Throwable cause) {
        return new EnvironmentException("Could not give the offline repository's resolution a Maven 4 session of"
                + " its own (" + cause + "). This Maven version's internals differ from 4.0.0-rc-5's; please report"
                + " the Maven version with this message.", cause);
    }

    private static ClassLoader coreClassLoader() {
        return MavenSession.class.getClassLoader();
    }
}
