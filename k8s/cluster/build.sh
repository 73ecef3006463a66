#!/usr/bin/env bash
# Builds what the project's single-node cluster runs, from the Go module proxy, pinned by the go.mod files
# under k8s/cluster/build/: Kubernetes (API server, controller manager, scheduler, kubelet, kube-proxy,
# kubectl) and etcd from k8s.io/kubernetes' own module graph, CoreDNS, Traefik (the ingress controller),
# kube-router (its NetworkPolicy firewall) and the pause binary every pod sandbox holds.
#
# The binaries are cached outside the clone (EMPORIUM_CACHE, default ~/.cache/emporium) under a key made of
# the pinned go.mod/go.sum files and this script, so a fresh clone copies them in seconds and only a
# version bump builds again. Usage: k8s/cluster/build.sh <destination bin directory>
set -euo pipefail
dest="${1:?usage: $0 <destination bin directory>}"
mkdir -p "$dest" && dest="$(cd "$dest" && pwd)"
cd "$(dirname "$0")"

kubernetes_version=$(sed -n 's|^require k8s.io/kubernetes ||p' build/kubernetes/go.mod)
coredns_version=$(sed -n 's|^require github.com/coredns/coredns ||p' build/coredns/go.mod)
traefik_version=$(sed -n 's|^require github.com/traefik/traefik/v3 ||p' build/traefik/go.mod)
kube_router_version=$(sed -n 's|^require github.com/cloudnativelabs/kube-router/v2 ||p' build/kube-router/go.mod)
binaries=(kube-apiserver kube-controller-manager kube-scheduler kubelet kube-proxy kubectl etcd coredns traefik kube-router pause)

key=$(cat build.sh build/*/go.mod build/*/go.sum build/pause/*.go | sha256sum | cut -c1-16)
cache="${EMPORIUM_CACHE:-$HOME/.cache/emporium}/cluster-bin/$key"

cached() { for b in "${binaries[@]}"; do [ -x "$cache/$b" ] || return 1; done; }

if ! cached; then
  command -v go >/dev/null || ../../scripts/install-system-packages.sh golang-go
  echo "Building the cluster's binaries (Kubernetes $kubernetes_version, CoreDNS $coredns_version, Traefik $traefik_version) into $cache"
  mkdir -p "$cache.partial"
  started=$(date +%s)
  # The version Kubernetes reports (kubectl version, the node's kubelet version, Helm's kubeVersion checks)
  # is stamped at link time, as upstream's build does.
  minor=$(echo "$kubernetes_version" | cut -d. -f2)
  stamp=""
  for pkg in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
    stamp+=" -X $pkg.gitVersion=$kubernetes_version -X $pkg.gitMajor=1 -X $pkg.gitMinor=$minor -X $pkg.gitTreeState=clean"
  done
  # Static binaries as upstream ships them; one `go build` links every tool of the module's tool block.
  (cd build/kubernetes && CGO_ENABLED=0 go build -trimpath -ldflags "-s -w$stamp" -o "$cache.partial/" tool)
  mv "$cache.partial/server" "$cache.partial/etcd" 2>/dev/null || mv "$cache.partial/v3" "$cache.partial/etcd"
  (cd build/coredns && CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" -o "$cache.partial/coredns" tool)
  (cd build/traefik && CGO_ENABLED=0 go build -trimpath -o "$cache.partial/traefik" \
    -ldflags "-s -w -X github.com/traefik/traefik/v3/pkg/version.Version=$traefik_version" tool)
  (cd build/kube-router && CGO_ENABLED=0 go build -trimpath -o "$cache.partial/kube-router" \
    -ldflags "-s -w -X github.com/cloudnativelabs/kube-router/v2/pkg/version.Version=$kube_router_version" tool)
  (cd build/pause && CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" -o "$cache.partial/pause" .)
  rm -rf "$cache" && mv "$cache.partial" "$cache"
  # Binaries of earlier pins are about 800 MB each: keep only the current ones.
  find "$(dirname "$cache")" -mindepth 1 -maxdepth 1 ! -name "$key" -exec rm -rf {} +
  echo "Built in $(( $(date +%s) - started )) s"
fi

for b in "${binaries[@]}"; do
  # Copy rather than link: the clone's tools must not change when the cache is pruned.
  if ! cmp -s "$cache/$b" "$dest/$b"; then cp "$cache/$b" "$dest/$b.tmp" && mv "$dest/$b.tmp" "$dest/$b"; fi
done
