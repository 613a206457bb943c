package io.github.offlinedocker.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class BuilderSystemTest {

    @Test
    void forRelease_upToEight_isTheOneDotName() {
        assertEquals("1.8", BuilderSystem.forRelease(8).javaVersion());
        assertEquals("21", BuilderSystem.forRelease(21).javaVersion());
    }

    @Test
    void systemProperties_hostEnvironmentGone_builderJdkOsAndAccountIn() {
        Properties host = new Properties();
        host.setProperty("env.CI", "true");
        host.setProperty("env.HOME", "/Users/dev");
        host.setProperty("java.version", "21.0.5");
        host.setProperty("os.name", "Mac OS X");
        host.setProperty("user.home", "/Users/dev");
        host.setProperty("file.encoding", "UTF-8");

        Properties builder = new BuilderSystem("17").systemProperties(host);

        assertFalse(builder.containsKey("env.CI"));
        assertEquals("/home/builder", builder.getProperty("env.HOME"));
        assertEquals("/home/builder", builder.getProperty("user.home"));
        assertEquals("17", builder.getProperty("java.version"));
        assertEquals("Linux", builder.getProperty("os.name"));
        assertEquals("UTF-8", builder.getProperty("file.encoding"));
        assertEquals("true", host.getProperty("env.CI"), "the host's properties stay as they were");
    }

    @Test
    void systemProperties_withHostJdk_keepsTheHostsJavaVersion() {
        Properties host = new Properties();
        host.setProperty("java.version", "21.0.5");
        host.setProperty("env.CI", "true");

        Properties builder = BuilderSystem.withHostJdk().systemProperties(host);

        assertEquals("21.0.5", builder.getProperty("java.version"));
        assertFalse(builder.containsKey("env.CI"));
        assertEquals("the host's JDK on Linux " + System.getProperty("os.arch"), BuilderSystem.withHostJdk().describe());
    }
}
