#!/usr/bin/env bash
# Prints, from one run on the provisioned test environment (tools/test-env/provision.sh first), what <jlink>
# gives two applications against the same image on the JRE base image: the image size, and the start-up time
# (from 'docker run' to the first HTTP answer, median of BENCH_RUNS starts, default 3):
#   - the adder example (a JDK-only HTTP server, class-path layout, the private math-utils);
#   - the Spring-Boot-sized service of tools/bench, with <springBootLayers>.
# The JRE image is on $RUNTIME_IMAGE (Debian's JRE 17); the linked runtime goes onto $MINBASE_IMAGE (Debian
# without Java) and onto $CC_IMAGE (only Debian's C and C++ libraries and zlib, a distroless-style base).
# Figures, not a test: nothing here fails on a slow run or a large image.
set -euo pipefail

# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"
# shellcheck source=../test-env/test-env.properties
source "$root/tools/test-env/test-env.properties"

install_plugin

settings=$(repository_settings)
build() { timed mvn -B -s "$settings" -Doffline-docker.builderImage="$BUILDER_IMAGE" "$@" "$plugin:build" >/dev/null; }

# Milliseconds from 'docker run' of $1 to the first HTTP answer of http://<container>:8080$2.
start_ms() {
  local image=$1 path=$2 name start end ip
  name=offline-docker-bench-$$-$RANDOM
  start=$(date +%s%N)
  docker run -d --name "$name" "$image" >/dev/null
  ip=$(docker inspect --format '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' "$name")
  # Any HTTP answer counts: the Spring-Boot-sized service answers 401 without a login.
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://$ip:8080$path")" != 000 ]; do
    docker inspect --format '{{.State.Running}}' "$name" | grep -q true || { docker logs "$name" >&2; exit 1; }
    sleep 0.05
  done
  end=$(date +%s%N)
  docker rm -f "$name" >/dev/null
  echo $(((end - start) / 1000000))
}

# Prints one table row: application, layout, image size, start-up median.
measure() {
  local application=$1 variant=$2 image=$3 path=$4 bytes times
  bytes=$(docker image inspect --format '{{.Size}}' "$image")
  times=$(for _ in $(seq "$runs"); do start_ms "$image" "$path"; done | median)
  printf '| %s | %s | %s MB | %s ms |\n' "$application" "$variant" "$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')" "$times"
  echo "$bytes" >"$work/$application-$variant.bytes"
}

ratio() { # application variant
  awk -v j="$(cat "$work/$1-$2.bytes")" -v r="$(cat "$work/$1-jre.bytes")" 'BEGIN { printf "%.0f %%", 100 * j / r }'
}

echo "Building the adder example on the JRE and on a linked runtime ..."
rm -rf "$work/project"
cp -r "$root/examples/adder" "$work/project"
build -Doffline-docker.runtimeImage="$RUNTIME_IMAGE" -Doffline-docker.tags=offline-docker-bench/adder:jre
build -Doffline-docker.jlink=true -Doffline-docker.runtimeImage="$MINBASE_IMAGE" -Doffline-docker.tags=offline-docker-bench/adder:jlink
build -Doffline-docker.jlink=true -Doffline-docker.runtimeImage="$CC_IMAGE" -Doffline-docker.tags=offline-docker-bench/adder:jlink-cc

echo "Building the Spring-Boot-sized service, layered, on the JRE and on a linked runtime ..."
rm -rf "$work/project"
cp -r "$root/tools/bench/spring-boot-sized" "$work/project"
layered=(-Doffline-docker.springBootLayers=true -Doffline-docker.ports=8080)
build "${layered[@]}" -Doffline-docker.runtimeImage="$RUNTIME_IMAGE" -Doffline-docker.tags=offline-docker-bench/spring-boot-sized:jre
build "${layered[@]}" -Doffline-docker.jlink=true -Doffline-docker.runtimeImage="$MINBASE_IMAGE" \
  -Doffline-docker.tags=offline-docker-bench/spring-boot-sized:jlink
build "${layered[@]}" -Doffline-docker.jlink=true -Doffline-docker.runtimeImage="$CC_IMAGE" \
  -Doffline-docker.tags=offline-docker-bench/spring-boot-sized:jlink-cc

echo
echo "| application | runtime | image size | start-up (median of $runs) |"
echo "|---|---|---|---|"
measure adder jre offline-docker-bench/adder:jre /add/1/2
measure adder jlink offline-docker-bench/adder:jlink /add/1/2
measure adder jlink-cc offline-docker-bench/adder:jlink-cc /add/1/2
measure spring-boot-sized jre offline-docker-bench/spring-boot-sized:jre /ping
measure spring-boot-sized jlink offline-docker-bench/spring-boot-sized:jlink /ping
measure spring-boot-sized jlink-cc offline-docker-bench/spring-boot-sized:jlink-cc /ping
echo
echo "Linked image against the JRE image, on Debian without Java: adder $(ratio adder jlink)," \
  "Spring-Boot-sized $(ratio spring-boot-sized jlink); on the C and C++ libraries alone: adder" \
  "$(ratio adder jlink-cc), Spring-Boot-sized $(ratio spring-boot-sized jlink-cc)"
for application in adder spring-boot-sized; do
  for variant in jre jlink jlink-cc; do
    docker image rm "offline-docker-bench/$application:$variant" >>"$log" 2>&1
  done
done
