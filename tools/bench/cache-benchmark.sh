#!/usr/bin/env bash
# Prints, from one run on the provisioned test environment (tools/test-env/provision.sh first), what a shared
# dependencyCache saves a CI runner whose engine starts empty: the first build of the Spring-Boot-sized service
# of tools/bench (a fat jar with about 300 jars of dependencies and a test) on an engine without its images,
#   - without a cache: the dependency image is built there, then the project on it;
#   - with a warm dependencyCache in the test environment's registry (127.0.0.1:$REGISTRY_PORT, with its
#     login): the dependency image is pulled from it, no dependency layer is built;
#   - with cacheBuilderStage as well, the sources unchanged since the build that filled the cache (a CI job run
#     again, a merge build of a commit its branch built): the builder stage is pulled too and the engine takes
#     its steps from it, so Maven does not build again.
# All on the same host with its local repository and offline repository warm (what a CI cache of ~/.m2 gives);
# before each build the project's images, its dependency image and the engine's dangling build images are
# removed; the base images stay. Times are medians of BENCH_RUNS runs (default 3). Figures, not a test.
set -euo pipefail

# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"
# shellcheck source=../test-env/test-env.properties
source "$root/tools/test-env/test-env.properties"

install_plugin

registry=127.0.0.1:$REGISTRY_PORT
cache=$registry/offline-docker-bench/spring-boot-sized-dependencies
settings="$work/settings.xml"
(umask 077 && cat >"$settings" <<XML
<settings><servers>
  <server><id>$REPO_ID</id><username>$REPO_USERNAME</username><password>$REPO_PASSWORD</password></server>
  <server><id>$registry</id><username>$REGISTRY_USERNAME</username><password>$REGISTRY_PASSWORD</password></server>
</servers></settings>
XML
)
rm -rf "$work/project"
cp -r "$root/tools/bench/spring-boot-sized" "$work/project"
image=offline-docker-bench/spring-boot-sized:cache
build() {
  timed mvn -B -s "$settings" -Doffline-docker.builderImage="$BUILDER_IMAGE" \
    -Doffline-docker.runtimeImage="$RUNTIME_IMAGE" -Doffline-docker.tags="$image" "$@" "$plugin:build"
}

# The engine as a fresh runner's: none of this project's images, no dangling image of an earlier build.
forget_images() {
  docker image ls --format '{{.Repository}}:{{.Tag}}' |
    grep -E "^($image|$cache:.*|offline-docker-dependencies/com-example-bench-bench-service:.*)$" |
    xargs -r docker image rm >>"$log" 2>&1
  docker image prune -f >>"$log" 2>&1
}

echo "Resolving the closure and filling the cache $cache once ..."
build -Doffline-docker.dependencyCache="$cache" -Doffline-docker.cacheBuilderStage=true >/dev/null
grep -q "The dependency cache has no $cache\|came from the dependency cache" "$log" ||
  { echo "The warm-up build neither pushed to nor pulled from $cache (see $log)" >&2; exit 1; }

# The runs since line $1 of the log said $2.
said() {
  tail -n +"$(($1 + 1))" "$log" | grep -q "$2" ||
    { echo "A build with the cache did not say '$2' (see $log)" >&2; exit 1; }
}

without=()
with=()
with_stage=()
for _ in $(seq "$runs"); do
  forget_images
  without+=("$(build)")
  forget_images
  before=$(wc -l <"$log")
  with+=("$(build -Doffline-docker.dependencyCache="$cache")")
  said "$before" "Dependency image .* came from the dependency cache"
  forget_images
  before=$(wc -l <"$log")
  with_stage+=("$(build -Doffline-docker.dependencyCache="$cache" -Doffline-docker.cacheBuilderStage=true)")
  said "$before" "Builder stage .* came from the dependency cache"
done
forget_images

without_median=$(printf '%s\n' "${without[@]}" | median)
with_median=$(printf '%s\n' "${with[@]}" | median)
stage_median=$(printf '%s\n' "${with_stage[@]}" | median)
ratio() { awk -v w="$1" -v o="$without_median" 'BEGIN { printf "%.2f", w / o }'; }
echo
echo "| first build on an engine without the project's images (median of $runs) | seconds | against no cache |"
echo "|---|---|---|"
echo "| without a dependency cache (runs: ${without[*]}) | $without_median | 1.00x |"
echo "| with a warm dependencyCache (runs: ${with[*]}) | $with_median | $(ratio "$with_median")x |"
echo "| with a warm dependencyCache and cacheBuilderStage, same sources (runs: ${with_stage[*]}) | $stage_median | $(ratio "$stage_median")x |"
