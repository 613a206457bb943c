package com.acme.corp.stamp;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Writes a one-line stamp into the application's classes, where it can read it at run time. */
@Mojo(name = "stamp", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class StampMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true)
    private File outputDirectory;

    @Parameter(required = true)
    private String message;

    @Override
    public void execute() throws MojoExecutionException {
        try {
            Files.createDirectories(outputDirectory.toPath());
            Files.writeString(outputDirectory.toPath().resolve("stamp.txt"), message, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the stamp", e);
        }
        getLog().info("Stamped: " + message);
    }
}
