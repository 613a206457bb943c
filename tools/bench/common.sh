# Shared by the benchmark scripts: a work directory, a log, the plugin installed from this checkout, timing.
# Source it after setting nothing; it defines root, runs, work, log, plugin and the functions below.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
runs=${BENCH_RUNS:-3}
work=${BENCH_DIR:-$(mktemp -d /tmp/offline-docker-bench.XXXXXX)}
log="$work/bench.log"
plugin_version=$(sed -n "s:^  <version>\(.*\)</version>:\1:p" "$root/pom.xml" | head -1)
plugin="io.github.offlinedocker:offline-docker-maven-plugin:$plugin_version"

mkdir -p "$work"
: >"$log"
echo "Benchmark work directory: $work (Maven output in $log)"

# Runs a command in the project, output to the log; prints its wall time in seconds.
timed() {
  local start end
  start=$(date +%s.%N)
  (cd "$work/project" && "$@") >>"$log" 2>&1 || { echo "FAILED: $* (see $log)" >&2; exit 1; }
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f\n", e - s }'
}

median() {
  sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

install_plugin() {
  echo "Installing the plugin $plugin from $root (tests skipped) ..."
  mvn -q -B -f "$root/pom.xml" install -DskipTests -Dinvoker.skip=true "$@" >>"$log" 2>&1
}

# Writes $work/settings.xml with the login of the test environment's private repository (test-env.properties,
# sourced first) and prints its path.
repository_settings() {
  (umask 077 && cat >"$work/settings.xml" <<EOF
<settings><servers><server>
  <id>$REPO_ID</id><username>$REPO_USERNAME</username><password>$REPO_PASSWORD</password>
</server></servers></settings>
EOF
)
  echo "$work/settings.xml"
}

# Copies the small sample of src/it/image-layer-cache (a private library, a Central library) to $work/project,
# its POMs filled in for the test environment's private repository (test-env.properties, sourced first) and this
# plugin, with no earlier build of its private library left in the local repository.
small_sample() {
  rm -rf "$work/project" "$HOME/.m2/repository/com/acme/ledger"
  cp -r "$root/src/it/image-layer-cache" "$work/project"
  find "$work/project" -name pom.xml -exec sed -i \
    -e "s|@repoId@|$REPO_ID|g" -e "s|@repoUrl@|$REPO_URL|g" \
    -e "s|@project.groupId@|io.github.offlinedocker|g" -e "s|@project.artifactId@|offline-docker-maven-plugin|g" \
    -e "s|@project.version@|$plugin_version|g" {} +
}

# Deploys the small sample's private library, at the version its POM now gives, with the settings file $1.
deploy_small_library() {
  (cd "$work/project/setup/ledger-lib" && mvn -B -s "$1" -DaltDeploymentRepository="$REPO_ID::$REPO_URL" deploy) \
    >>"$log" 2>&1
}
