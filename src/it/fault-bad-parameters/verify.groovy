// Each bad value is refused with the element, the value and the fix, as a failure of the build's input.
import static io.github.offlinedocker.it.BuildLogs.assertNoStackTrace
def log = new File(basedir, 'build.log').text
assert log.contains("<tags> 'Not_A:Valid:Tag' is not a valid image tag")
assert log =~ /The base image 'offline-docker-it\/no-such-jdk:17' could not be pulled from docker\.io into the Docker engine at \S+: .*Or name another one with <builderImage> or <runtimeImage>\./
assert log =~ /<dockerfile> .*src\/main\/docker\/Missing\.Dockerfile does not exist\. Point it at your Dockerfile/
assert log.contains("<ports> 'http' is not a port")
assert log.contains("<builderJvmFlags> '-Dgreeting=two words' holds white space, which MAVEN_OPTS cannot carry")
assert log.contains("<springBootLayers> takes a Spring Boot fat jar apart, but com.example:odd:jar:1.0.0 has no execution of spring-boot-maven-plugin's 'repackage' goal")
assert log =~ /<goals> \[no-such-phase\] cannot run on com\.example:odd:jar:1\.0\.0: .*no-such-phase.*\. Give phases or plugin goals this project can run/
assert log.contains("<contextDirectory> ${new File(basedir, 'src')} is inside the project but outside its build directory, and the plugin replaces the whole folder on each run: that would delete project files.")
assert log =~ /<offlineRepository> \S+it-repo is or holds the local repository \S+it-repo, and the plugin replaces the whole folder on each run: that would delete it\./
// Neither was touched.
assert new File(basedir, 'src/main/java/com/example/odd/Odd.java').isFile()
assert new File(localRepositoryPath, 'org/apache/maven/plugins/maven-jar-plugin').isDirectory()
assert log =~ /<platform> 'banana' is not a platform the Docker engine at \S+ knows \(.*unknown operating system or architecture.*\)\. Give os\/arch/
assert log =~ /<target> 'no-such-stage' is not a stage of the Dockerfile \(.*failed to reach build target no-such-stage.*\)\. The generated Dockerfile has the stage 'builder'/
assert log =~ /<contextIncludes> '\.\.\/no-such\/lombok\.config' is \S+no-such\/lombok\.config, which is not inside the reactor's root \S+ that the builder stage builds in\./
assert log =~ /<extraDirectory> '\S+pom\.xml' names \S+pom\.xml, which is not a folder \(a symbolic link is not followed\)\. Fix the path/
// The engine's refusals are reported once, as the goal's failure: docker-java logs nothing of its own.
assert !log.contains('Error during callback')
// Bad input is the user's to fix: a MojoFailureException, not an environment error.
assert log.contains("<layout> 'fat' is not a layout: use one of class-path, jar, quarkus, spring-boot-layers, war, or"
        + " leave it out to have it chosen from the project.")
assert log.contains("<layout> war deploys the web application maven-war-plugin builds, but com.example:odd:jar:1.0.0 has"
        + " packaging 'jar'. Remove <layout>, or run the goal in the module with packaging 'war'.")
assert log.contains("<cacheBuilderStage> is true but no <dependencyCache> names the registry repository to keep the"
        + " builder stage in. Set <dependencyCache>")
assert log.findAll('MojoFailureException').size() >= 16
assertNoStackTrace(log)
return true
