#!/usr/bin/env bash
# Quick start: builds the 'adder' example into an image whose Maven build ran with no network and no
# credentials, runs it and asks it to add 5 and 10. Provisions what is missing first (Docker engine,
# base images, the password-protected repository holding math-utils): see tools/test-env/provision.sh.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bash "$ROOT/tools/test-env/provision.sh"
# shellcheck source=../tools/test-env/test-env.properties
source "$ROOT/tools/test-env/test-env.properties"

echo "Installing the plugin into the local repository"
mvn -B -q -f "$ROOT/pom.xml" install -DskipTests -Dinvoker.skip=true
version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$ROOT/pom.xml" | head -n 1)

# The user's side: credentials live in settings.xml, under the id of the repository in the POM.
work=$(mktemp -d)
trap 'rm -rf "$work"; docker rm -f offline-docker-quickstart >/dev/null 2>&1 || true' EXIT
cat >"$work/settings.xml" <<SETTINGS
<settings>
  <servers>
    <server><id>$REPO_ID</id><username>$REPO_USERNAME</username><password>$REPO_PASSWORD</password></server>
  </servers>
</settings>
SETTINGS

echo "Building the adder image offline"
(cd "$ROOT/examples/adder" && mvn -B -s "$work/settings.xml" \
    "io.github.offlinedocker:offline-docker-maven-plugin:$version:build" \
    -Doffline-docker.builderImage="$BUILDER_IMAGE" -Doffline-docker.runtimeImage="$RUNTIME_IMAGE")

docker run -d --rm --name offline-docker-quickstart -p 127.0.0.1::8080 adder:1.0.0 >/dev/null
port=$(docker port offline-docker-quickstart 8080/tcp | head -n 1 | sed 's/.*://')
for _ in $(seq 1 60); do
    if answer=$(curl -sf "http://127.0.0.1:$port/add/5/10"); then
        echo "GET /add/5/10 -> $answer"
        [ "$answer" = "The sum of 5 and 10 is 15" ] && exit 0
        echo "unexpected answer" >&2
        exit 1
    fi
    sleep 0.5
done
echo "the adder container did not answer on port $port" >&2
exit 1
