package io.github.offlinedocker.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.Remapper;

/**
 * Whether a mojo can resolve artifacts while it runs, told by the plugin itself: the components and parameters
 * its descriptor declares (a {@code RepositorySystem}, {@code ${repositorySystemSession}}, the remote
 * repositories), and, for plugins that inject by JSR-330 (whose descriptors list no components), the types its
 * class, the classes it extends and the plugin's own classes it uses refer to. A mojo with no such access can only
 * read what Maven resolved for it: the project's dependencies and the plugin's own, which the plan holds.
 */
final class ResolverAccess {

    /** Types (or packages, ending in {@code /}) through which a plugin resolves artifacts, by internal name. */
    static final List<String> RESOLVER_TYPES = List.of(
            "org/eclipse/aether/RepositorySystem",
            "org/eclipse/aether/impl/ArtifactResolver",
            "org/eclipse/aether/impl/DependencyCollector",
            "org/apache/maven/repository/RepositorySystem",
            "org/apache/maven/artifact/resolver/ArtifactResolver",
            "org/apache/maven/artifact/resolver/ArtifactCollector",
            "org/apache/maven/project/ProjectDependenciesResolver",
            "org/apache/maven/project/ProjectBuilder",
            "org/apache/maven/project/MavenProjectBuilder",
            "org/apache/maven/plugin/BuildPluginManager",
            "org/apache/maven/plugin/MavenPluginManager",
            "org/apache/maven/shared/transfer/",
            "org/apache/maven/shared/artifact/resolve/",
            "org/apache/maven/shared/dependency/graph/DependencyGraphBuilder",
            "org/apache/maven/shared/dependency/graph/DependencyCollectorBuilder",
            "org/apache/maven/api/services/ArtifactResolver",
            "org/apache/maven/api/services/DependencyResolver",
            "org/apache/maven/api/services/ProjectBuilder");

    /** Parameter expressions that hand a mojo the resolver's session or the repositories to resolve from. */
    static final List<String> RESOLVER_EXPRESSIONS = List.of(
            "${repositorySystemSession}",
            "${project.remoteArtifactRepositories}",
            "${project.remotePluginRepositories}",
            "${project.remoteProjectRepositories}");

    private final List<Path> classpath;
    private Map<String, Path> classes;

    /** The plugin's jars, its own and its dependencies'. */
    ResolverAccess(List<Path> pluginClasspath) {
        this.classpath = List.copyOf(pluginClasspath);
    }

    List<Path> classpath() {
        return classpath;
    }

    /** The classes of the plugin's jars, indexed when first needed. */
    private Map<String, Path> classes() {
        if (classes != null) {
            return classes;
        }
        classes = new LinkedHashMap<>();
        for (Path jar : classpath) {
            if (!jar.getFileName().toString().endsWith(".jar")) {
                continue;
            }
            try (JarFile file = new JarFile(jar.toFile())) {
                file.stream().map(ZipEntry::getName).filter(name -> name.endsWith(".class"))
                        .forEach(name -> classes.putIfAbsent(name.substring(0, name.length() - 6), jar));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the plugin jar " + jar, e);
            }
        }
        return classes;
    }

    /**
     * Why the mojo can resolve while it runs, or empty when it cannot.
     *
     * @param roles          the component roles its descriptor injects
     * @param expressions    its parameters' expressions and default values
     * @param implementation its class, by binary name
     */
    Optional<String> evidence(List<String> roles, List<String> expressions, String implementation) {
        for (String role : roles) {
            if (isResolverType(role.replace('.', '/'))) {
                return Optional.of("it injects " + role);
            }
        }
        for (String expression : expressions) {
            if (RESOLVER_EXPRESSIONS.contains(expression)) {
                return Optional.of("it reads " + expression);
            }
        }
        return byteCodeEvidence(implementation.replace('.', '/'));
    }

    /**
     * The class and its superclasses are read whole; the plugin's other classes they use, one step away (the
     * components a JSR-330 mojo injects among them), are searched for resolver types too.
     */
    private Optional<String> byteCodeEvidence(String implementation) {
        Set<String> used = new HashSet<>();
        Deque<String> chain = new ArrayDeque<>(List.of(implementation));
        Set<String> inChain = new HashSet<>();
        while (!chain.isEmpty()) {
            String type = chain.pop();
            if (!inChain.add(type) || !classes().containsKey(type)) {
                continue;
            }
            References references = references(type);
            if (references == null) {
                return Optional.of("its class " + binary(type) + " cannot be read");
            }
            Optional<String> resolver = references.types().stream().filter(ResolverAccess::isResolverType).findFirst();
            if (resolver.isPresent()) {
                return Optional.of(binary(type) + " refers to " + binary(resolver.get()));
            }
            if (references.superName() != null) {
                chain.push(references.superName());
            }
            used.addAll(references.types());
        }
        for (String type : used) {
            if (!inChain.contains(type) && classes().containsKey(type)) {
                References references = references(type);
                Optional<String> resolver = references == null ? Optional.of("a class it cannot read")
                        : references.types().stream().filter(ResolverAccess::isResolverType).findFirst();
                if (resolver.isPresent()) {
                    return Optional.of(binary(implementation) + " uses " + binary(type) + ", which refers to "
                            + binary(resolver.get()));
                }
            }
        }
        return Optional.empty();
    }

    private record References(String superName, Set<String> types) {}

    /** What {@code type} refers to, or null when its class file cannot be read (too new for ASM, say). */
    private References references(String type) {
        Path jar = classes().get(type);
        try (JarFile file = new JarFile(jar.toFile());
                InputStream in = file.getInputStream(file.getEntry(type + ".class"))) {
            ClassReader reader = new ClassReader(in);
            Set<String> types = new HashSet<>();
            Remapper collector = new Remapper() {
                @Override
                public String map(String internalName) {
                    types.add(internalName);
                    return internalName;
                }
            };
            reader.accept(new ClassRemapper(new ClassVisitor(Opcodes.ASM9) {}, collector),
                    ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            types.remove(type);
            return new References(reader.getSuperName(), types);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static boolean isResolverType(String internalName) {
        for (String resolver : RESOLVER_TYPES) {
            if (resolver.endsWith("/") ? internalName.startsWith(resolver) : internalName.equals(resolver)) {
                return true;
            }
        }
        return false;
    }

    private static String binary(String internalName) {
        return internalName.replace('/', '.');
    }
}
