#!/usr/bin/env bash
# Prints what the default strategy's preparation costs against strategy 'record' (one host build), for the
# Spring-Boot-sized project (tools/bench/spring-boot-sized) and for any projects given as arguments (a corpus
# project's directory, say; each is copied first, never changed):
#   - warm: offline-docker:resolve from an empty target/, every artifact already in the user's local repository,
#     default strategy against -Doffline-docker.strategy=record (target: <= 0.5);
#   - cold: into an empty local repository, the default strategy against a plain 'mvn package' (printed both).
# Each warm figure is the median of BENCH_RUNS runs (default 3); the cold ones run once. Figures, not a test.
#
#   tools/bench/strategy-benchmark.sh [PROJECT_DIR...]
set -euo pipefail

# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"

install_plugin
# Maven prints colour resets around the value even when told not to colour.
local_repository=$(mvn -q -B help:evaluate -Dexpression=settings.localRepository -DforceStdout | sed 's/\x1b\[[0-9;]*m//g')

measure() {
  local name=$1 source=$2
  rm -rf "$work/project"
  cp -r "$source" "$work/project"
  rm -rf "$work/project/target"
  echo "Warming the local repository for $name ..." >&2
  timed mvn -B "$plugin:resolve" -Doffline-docker.strategy=record >/dev/null
  local auto=() record=()
  for _ in $(seq "$runs"); do
    rm -rf "$work/project/target"
    auto+=("$(timed mvn -B "$plugin:resolve")")
    rm -rf "$work/project/target"
    record+=("$(timed mvn -B "$plugin:resolve" -Doffline-docker.strategy=record)")
  done
  rm -rf "$work/project/target" "$work/cold-repository"
  local cold_auto cold_package
  # The plugin itself is a SNAPSHOT of this checkout, which no remote repository serves: only it is put there first.
  mkdir -p "$work/cold-repository/io/github"
  cp -r "$local_repository/io/github/offlinedocker" "$work/cold-repository/io/github/"
  cold_auto=$(timed mvn -B -Dmaven.repo.local="$work/cold-repository" "$plugin:resolve")
  rm -rf "$work/project/target" "$work/cold-repository"
  cold_package=$(timed mvn -B -Dmaven.repo.local="$work/cold-repository" package)
  rm -rf "$work/cold-repository"
  awk -v n="$name" -v a="$(printf '%s\n' "${auto[@]}" | median)" -v r="$(printf '%s\n' "${record[@]}" | median)" \
      -v ca="$cold_auto" -v cp="$cold_package" 'BEGIN {
    printf "| %-24s | %9.2f | %9.2f | %5.2f | %9.2f | %12.2f |\n", n, a, r, a / r, ca, cp
  }'
}

rows=("$(measure spring-boot-sized "$root/tools/bench/spring-boot-sized")")
for project in "$@"; do
  rows+=("$(measure "$(basename "$project")" "$project")")
done

echo
echo "Seconds; warm figures are medians of $runs runs, from an empty target/ with a warm local repository."
printf '| %-24s | %9s | %9s | %5s | %9s | %12s |\n' project "auto" "record" "ratio" "cold auto" "cold package"
printf '| %-24s | %9s | %9s | %5s | %9s | %12s |\n' "" "" "" "<=0.5" "" ""
printf '%s\n' "${rows[@]}"
