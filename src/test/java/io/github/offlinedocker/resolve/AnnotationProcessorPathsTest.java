package io.github.offlinedocker.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.junit.jupiter.api.Test;

class AnnotationProcessorPathsTest {

    private static Xpp3Dom configuration(String xml) throws Exception {
        return Xpp3DomBuilder.build(new StringReader("<configuration>" + xml + "</configuration>"));
    }

    @Test
    void appliesTo_compilerPluginOnly() {
        assertTrue(AnnotationProcessorPaths.appliesTo("org.apache.maven.plugins", "maven-compiler-plugin"));
        assertFalse(AnnotationProcessorPaths.appliesTo("org.apache.maven.plugins", "maven-surefire-plugin"));
    }

    @Test
    void from_pathsWithTypeClassifierAndManagedVersion() throws Exception {
        Xpp3Dom configuration = configuration("""
                <annotationProcessorPaths>
                  <path><groupId>org.projectlombok</groupId><artifactId>lombok</artifactId><version>1.18.34</version></path>
                  <path><groupId>org.mapstruct</groupId><artifactId>mapstruct-processor</artifactId></path>
                  <path><groupId>com.acme</groupId><artifactId>proc</artifactId><version>2</version>
                        <type>zip</type><classifier>all</classifier></path>
                </annotationProcessorPaths>""");
        assertEquals(List.of(
                        "org.projectlombok:lombok:jar:1.18.34",
                        "org.mapstruct:mapstruct-processor:jar:1.6.0",
                        "com.acme:proc:zip:all:2"),
                AnnotationProcessorPaths.from(configuration, Map.of("org.mapstruct:mapstruct-processor", "1.6.0")));
    }

    @Test
    void from_noPathsOrUnversionedUnmanaged_nothing() throws Exception {
        assertEquals(List.of(), AnnotationProcessorPaths.from(configuration("<release>17</release>"), Map.of()));
        assertEquals(List.of(), AnnotationProcessorPaths.from(null, Map.of()));
        assertEquals(List.of(), AnnotationProcessorPaths.from(configuration(
                "<annotationProcessorPaths><path><groupId>g</groupId><artifactId>a</artifactId></path>"
                        + "</annotationProcessorPaths>"), Map.of()));
    }
}
