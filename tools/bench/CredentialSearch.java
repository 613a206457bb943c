import io.github.offlinedocker.FileTree;
import io.github.offlinedocker.image.KnownSecrets;
import io.github.offlinedocker.image.KnownSecrets.Secret;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

/**
 * Run by credential-search-benchmark.sh: times KnownSecrets' search of a project's context files, as the build
 * goal runs it, for three credentials such as a settings.xml holds (a password with its user, a token, a proxy
 * password). Prints the first search, as a fresh Maven run pays it, and the median of the following ones.
 */
public final class CredentialSearch {

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        KnownSecrets secrets = new KnownSecrets(List.of(
                new Secret("a <server> password", "deployer", "Bench-7f3a9c-s3cr3t"),
                new Secret("a header token", null, "ghp_0123456789abcdefghijklmnopqrstuvwxyzAB"),
                new Secret("a <proxy> password", "proxy-user", "proxy-pass-4711")));
        List<Double> millis = new ArrayList<>();
        SortedMap<String, Path> files = null;
        for (int i = 0; i <= runs; i++) {
            long start = System.nanoTime();
            files = FileTree.entryFiles(project, List.of("pom.xml", "src"));
            secrets.checkAbsent(files);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        long bytes = 0;
        for (Path file : files.values()) {
            bytes += Files.size(file);
        }
        List<Double> warm = millis.subList(1, millis.size()).stream().sorted().toList();
        System.out.printf("%d files, %.1f MB: first search %.0f ms, then median %.0f ms (%d runs)%n", files.size(),
                bytes / 1e6, millis.get(0), warm.get(warm.size() / 2), runs);
    }
}
