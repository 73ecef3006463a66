#!/usr/bin/env bash
# A kind cluster running the platform, for machines with internet access (kind pulls its node image and
# ingress-nginx from public registries). Needs kind, kubectl and Docker; Helm comes from `make helm`.
#   k8s/kind-up.sh        create (or reuse) the cluster, install ingress-nginx and the chart, wait, print the URL
#   k8s/kind-up.sh down   delete the cluster
set -euo pipefail
cd "$(dirname "$0")/.."

cluster=emporium
namespace=emporium
helm="${HELM:-.tools/bin/helm4}"
ingress_nginx_chart_version=4.12.0

for tool in kind kubectl docker; do
  command -v "$tool" >/dev/null || { echo "kind-up.sh needs $tool (https://kind.sigs.k8s.io/docs/user/quick-start/)" >&2; exit 1; }
done

if [ "${1:-}" = down ]; then
  kind delete cluster --name "$cluster"
  exit 0
fi

kind get clusters | grep -qx "$cluster" || kind create cluster --config k8s/kind-config.yaml --wait 120s
kubectl config use-context "kind-$cluster" >/dev/null

"$helm" upgrade --install ingress-nginx ingress-nginx \
  --repo https://kubernetes.github.io/ingress-nginx --version "$ingress_nginx_chart_version" \
  --namespace ingress-nginx --create-namespace --values k8s/ingress-nginx-values.yaml --wait --timeout 5m

# The images `make images` built, tagged :dev; the chart's local values never pull them.
images=$(docker images --format '{{.Repository}}:{{.Tag}}' | grep -E '^emporium/.+-(service|mfe):dev$' | sort)
[ -n "$images" ] || { echo "no emporium/*:dev images: run make images first" >&2; exit 1; }
# shellcheck disable=SC2086 # one argument per image
kind load docker-image --name "$cluster" $images

"$helm" upgrade --install emporium charts/emporium --namespace "$namespace" --create-namespace \
  --values k8s/values/local.yaml --wait --timeout 10m
"$helm" test emporium --namespace "$namespace" --logs
echo "Emporium is up: http://emporium.localhost/"
