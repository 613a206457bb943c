#!/usr/bin/env bash
# The zero-configuration offline check, over projects no one here wrote: for each project, the plugin's 'build'
# goal up to the builder stage, with nothing configured: the closure resolved on the host with the default
# strategy, then 'mvn -o <goals>' with tests, in a --network none container of the builder image with the host's
# Maven version. Prints one line a project and a total; each project's Maven output goes to the work directory.
#
#   tools/corpus/check.sh [-g GOALS] [-i BUILDER_IMAGE] [-m MAVEN_HOME] [-n] PROJECT...
#
# PROJECT is a directory with a pom.xml (the image of each of its modules is built), DIR@MODULE to build the
# image of one module of the reactor in DIR (-pl MODULE), or DIR@. for a root build: 'resolve' at the root,
# then 'mvn -o <goals>' on a fresh copy of the whole reactor in a --network none container against the
# repository it wrote, with the distribution of the host's Maven version. -g: the builder's goals (default: package); -i: the builder image
# (default: the test environment's JDK 17 image, see tools/test-env); -m: the Maven the host build runs, and so
# the builder (default: mvn on the PATH; for a project that needs Maven 3.9, the ITs' target/maven-distributions
# has one); -n: use the plugin already installed instead of installing it from this checkout. Exits non-zero
# when a project fails.
# The projects are never changed: each is copied to the work directory first.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=../test-env/test-env.properties
source "$root/tools/test-env/test-env.properties"
goals=package
image=$BUILDER_IMAGE
install=true
mvn=mvn
while getopts "g:i:m:n" option; do
  case $option in
    g) goals=$OPTARG ;;
    i) image=$OPTARG ;;
    m) mvn=$(cd "$OPTARG" && pwd)/bin/mvn ;;
    n) install=false ;;
    *) sed -n '2,15p' "$0" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ $# -gt 0 ] || { sed -n '2,15p' "$0" >&2; exit 2; }

work=${CORPUS_DIR:-$(mktemp -d /tmp/offline-docker-corpus.XXXXXX)}
mkdir -p "$work"
version=$(sed -n "s:^  <version>\(.*\)</version>:\1:p" "$root/pom.xml" | head -1)
plugin="io.github.offlinedocker:offline-docker-maven-plugin:$version"
echo "Corpus work directory: $work (builder image $image, goals '$goals', $("$mvn" -v -Dstyle.color=never 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g'))"
if $install; then
  mvn -q -B -f "$root/pom.xml" install -DskipTests -Dinvoker.skip=true >"$work/install.log" 2>&1 \
    || { echo "Could not install the plugin (see $work/install.log)" >&2; exit 1; }
fi

# The plugin's 'build' up to the builder stage, in copy $1 of the project, for module $3 (or every module). With
# noCache, so that the builder's 'mvn -o' runs: a step the engine's cache answers proves only an earlier run.
module_image() {
  (cd "$1" && "$mvn" -B ${3:+-pl "$3"} "$plugin:build" -Doffline-docker.target=builder -Doffline-docker.noCache=true \
      -Doffline-docker.builderImage="$image" -Doffline-docker.goals="$goals" \
      -Doffline-docker.tags="offline-docker-corpus/$(basename "$1"):check") >"$4" 2>&1
}

# 'resolve' at the root of copy $1, then the whole reactor, copied again from $2 without its target folders,
# built offline in a container against the repository the root's resolve wrote.
root_build() {
  (cd "$1" && "$mvn" -B -pl . "$plugin:resolve" -Doffline-docker.goals="$goals") >"$4" 2>&1 || return 1
  local maven_version distribution sources=$1.sources
  maven_version=$("$mvn" -v -Dstyle.color=never 2>/dev/null | sed 's/\x1b\[[0-9;]*m//g' | sed -n 's/^Apache Maven \([^ ]*\).*/\1/p')
  distribution=$work/apache-maven-$maven_version
  if [ ! -d "$distribution" ]; then
    "$mvn" -q -B dependency:copy -Dartifact="org.apache.maven:apache-maven:$maven_version:tar.gz:bin" \
        -DoutputDirectory="$work" >>"$4" 2>&1 || return 1
    tar -C "$work" -xzf "$work/apache-maven-$maven_version-bin.tar.gz"
  fi
  rm -rf "$sources"
  cp -r "$2" "$sources"
  find "$sources" -name target -type d -prune -exec rm -rf {} +
  docker run --rm --network none -v "$sources:/workspace" -w /workspace \
      -v "$1/target/offline-repo:/var/cache/offline-docker/repository" -v "$distribution:/opt/maven:ro" "$image" \
      /opt/maven/bin/mvn -o -B -Dmaven.repo.local=/var/cache/offline-docker/repository $goals >>"$4" 2>&1
}

passed=0
failed=0
for project in "$@"; do
  directory=${project%@*}
  module=
  [ "$project" != "$directory" ] && module=${project#*@}
  name=$(basename "$directory")${module:+-$(basename "$module")}
  [ "$module" = . ] && name=$(basename "$directory")-root
  log="$work/$name.log"
  rm -rf "${work:?}/$name"
  cp -r "$directory" "$work/$name"
  rm -rf "$work/$name/target"
  commit=$(git -C "$directory" rev-parse --short HEAD 2>/dev/null || echo "-")
  start=$(date +%s)
  if [ "$module" = . ]; then
    check=root_build
  else
    check=module_image
  fi
  if "$check" "$work/$name" "$directory" "$module" "$log"; then
    passed=$((passed + 1))
    recorded=$(grep -c "The plan cannot see what" "$log" || true)
    printf 'PASS  %-32s %-12s %4ss  %s\n' "$name" "$commit" "$(($(date +%s) - start))" \
      "$([ "$recorded" -gt 0 ] && echo "recorded for $recorded mojo(s)" || echo "plan alone")"
  else
    failed=$((failed + 1))
    reason=$(sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^\[ERROR\] ' | head -1 | cut -c9-200 || true)
    printf 'FAIL  %-32s %-12s %4ss  %s\n' "$name" "$commit" "$(($(date +%s) - start))" "${reason:-see $log}"
  fi
done
echo "Total: $passed passed, $failed failed of $# (logs in $work)"
[ "$failed" -eq 0 ]
