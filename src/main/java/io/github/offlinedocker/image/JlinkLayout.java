package io.github.offlinedocker.image;

import io.github.offlinedocker.ConfigurationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An application of a {@link LinkableLayout} on a Java runtime of its own, linked in the builder stage from the
 * modules it uses (jdeps over its classes and libraries, plus the ones the user names), onto a runtime image
 * without Java. The builder then starts the application on that runtime for a few seconds, so that a module
 * that only reflection or a service loader reaches, missing, fails the build naming it, rather than the
 * application in production.
 *
 * @param application  the layout the application lies in, run with the linked runtime
 * @param javaRelease  the release the project compiles for, which jdeps reads multi-release jars at
 * @param modules      modules to link besides the ones jdeps finds, e.g. {@code jdk.crypto.ec}
 * @param checkSeconds how long the builder's start of the application may take to show a missing module;
 *                     {@code 0} leaves the start out
 */
public record JlinkLayout(LinkableLayout application, int javaRelease, List<String> modules, int checkSeconds)
        implements RuntimeLayout {

    /** Where the runtime stage keeps the linked Java runtime. */
    static final String JAVA_HOME = "/opt/java";

    private static final Pattern MODULE = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)*");

    /**
     * jdeps from the application's classes through its libraries, then jlink; positional parameters: release,
     * output, extra modules, how many patterns of classes come first, then the patterns of classes and libraries.
     */
    private static final String LINK = String.join("\n",
            "release=$1; runtime=$2; extra=$3; roots=$4; shift 4",
            "inputs=; classpath=; n=0",
            "for pattern in \"$@\"; do n=$((n + 1)); for file in $pattern; do [ -e \"$file\" ] || continue;"
                    + " if [ \"$n\" -le \"$roots\" ]; then inputs=\"$inputs $file\";"
                    + " else classpath=\"$classpath${classpath:+:}$file\"; fi; done; done",
            "modules=$(\"$JAVA_HOME/bin/jdeps\" --ignore-missing-deps -q --recursive --multi-release \"$release\""
                    + " ${classpath:+--class-path \"$classpath\"} --print-module-deps $inputs) || exit 1",
            "modules=$modules${extra:+,$extra}",
            "rm -rf \"$runtime\"",
            // Stripping native debug symbols needs binutils' objcopy, which a JDK image may lack (Debian's JDK).
            "strip=--strip-debug; command -v objcopy >/dev/null || strip=--strip-java-debug-attributes",
            "\"$JAVA_HOME/bin/jlink\" --add-modules \"$modules\" $strip --no-man-pages --no-header-files"
                    + " --compress=2 --output \"$runtime\" || exit 1",
            // The class-data sharing archive the JDK ships and jlink leaves out: without it the JVM starts slower.
            "\"$runtime/bin/java\" -Xshare:dump >/dev/null || exit 1",
            "echo \"offline-docker: linked a Java runtime of the modules $modules\"");

    /**
     * Starts the application on the linked runtime and fails, naming the class and its module, when it ends
     * within the time for want of a class of the JDK; positional parameters: java, seconds, then its arguments.
     */
    private static final String CHECK = String.join("\n",
            "java=$1; seconds=$2; shift 2",
            "log=$(mktemp)",
            "\"$java\" \"$@\" >\"$log\" 2>&1 &",
            "pid=$!; waited=0",
            "while [ \"$waited\" -lt \"$seconds\" ] && kill -0 \"$pid\" 2>/dev/null; do sleep 1; waited=$((waited + 1)); done",
            "if kill -0 \"$pid\" 2>/dev/null; then kill \"$pid\"; wait \"$pid\";"
                    + " echo \"offline-docker: the application ran $seconds s on the linked Java runtime\"; exit 0; fi",
            "missing=$(grep -oE '(NoClassDefFoundError|ClassNotFoundException)[: ]+(java|javax|jdk|sun|com[./]sun)[./]"
                    + "[A-Za-z0-9_./$]+' \"$log\" | head -n 1 | sed -E 's/^[A-Za-z]+[: ]+//')",
            "if [ -z \"$missing\" ]; then echo \"offline-docker: the application ended within $seconds s on the linked"
                    + " Java runtime, missing no class of the JDK\"; exit 0; fi",
            "class=$(printf '%s' \"$missing\" | tr . /)",
            "module=$(\"$JAVA_HOME/bin/jimage\" list \"$JAVA_HOME/lib/modules\""
                    + " | awk -v c=\"$class.class\" '/^Module: /{m=$2} $1==c{print m; exit}')",
            "cat \"$log\" >&2",
            "echo \"offline-docker: the application, started on the linked Java runtime, did not find $missing, a class"
                    + " of the module ${module:-of the JDK that holds it}: add ${module:-that module} to <jlinkModules>.\" >&2",
            "exit 1");

    public JlinkLayout {
        modules = List.copyOf(modules);
    }

    @Override
    public String name() {
        return application.name() + " on a linked Java runtime";
    }

    /** Debian without Java: the linked runtime needs the C library and zlib, which it has. */
    @Override
    public String defaultRuntimeImage(int release) {
        return "debian:bookworm-slim";
    }

    @Override
    public boolean usesLibraries() {
        return application.usesLibraries();
    }

    @Override
    public boolean buildsOnLibraries() {
        return application.usesLibraries();
    }

    @Override
    public List<List<String>> builderCommands(BuiltApplication built) {
        List<List<String>> commands = new ArrayList<>(application.builderCommands(built));
        List<String> classes = application.builderClasses(built);
        List<String> link = new ArrayList<>(List.of("sh", "-c", LINK, "sh",
                javaRelease >= 9 ? String.valueOf(javaRelease) : "base", runtime(built), String.join(",", modules),
                String.valueOf(classes.size())));
        link.addAll(classes);
        link.addAll(application.builderLibraries(built));
        commands.add(link);
        if (checkSeconds > 0) {
            List<String> check = new ArrayList<>(List.of("sh", "-c", CHECK, "sh", runtime(built) + "/bin/java",
                    String.valueOf(checkSeconds)));
            check.addAll(application.builderLaunch(built));
            commands.add(check);
        }
        return commands;
    }

    @Override
    public String workingDirectory() {
        return application.workingDirectory();
    }

    /** The runtime first: it changes only when the modules do. */
    @Override
    public List<RuntimeCopy> dependencyCopies(BuiltApplication built) {
        List<RuntimeCopy> copies = new ArrayList<>(List.of(new RuntimeCopy.FromBuilder(runtime(built) + "/",
                JAVA_HOME + "/")));
        copies.addAll(application.dependencyCopies(built));
        return copies;
    }

    @Override
    public List<RuntimeCopy> applicationCopies(BuiltApplication built) {
        return application.applicationCopies(built);
    }

    @Override
    public Map<String, String> environment(List<String> jvmFlags) {
        Map<String, String> environment = new LinkedHashMap<>(application.environment(jvmFlags));
        environment.put("JAVA_HOME", JAVA_HOME);
        return environment;
    }

    /** The application's command, on the linked runtime's {@code java}. */
    @Override
    public List<String> launch(List<String> jvmFlags) {
        List<String> launch = new ArrayList<>(application.launch(jvmFlags));
        if (!launch.isEmpty() && launch.get(0).equals("java")) {
            launch.set(0, JAVA_HOME + "/bin/java");
        }
        return launch;
    }

    @Override
    public void check() throws ConfigurationException {
        application.check();
        for (String module : modules) {
            if (!MODULE.matcher(module).matches()) {
                throw new ConfigurationException("<jlinkModules> '" + module + "' is not a module name: give names"
                        + " such as 'jdk.crypto.ec' or 'java.sql', as 'java --list-modules' prints them.");
            }
        }
        if (checkSeconds < 0) {
            throw new ConfigurationException("<jlinkCheckSeconds> " + checkSeconds + " is negative: give the seconds"
                    + " the builder starts the application for, or 0 to leave the start out.");
        }
    }

    @Override
    public void checkSecrets(KnownSecrets secrets) throws ConfigurationException {
        application.checkSecrets(secrets);
        secrets.checkAbsent("<jlinkModules>", modules);
    }

    private static String runtime(BuiltApplication built) {
        return built.layoutFolder() + "/java-runtime";
    }
}
