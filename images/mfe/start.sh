#!/bin/sh
# Entry point of every micro-frontend image: writes what depends on the environment into /tmp (the root
# filesystem is read-only), then runs nginx in the foreground as PID 1's replacement.
#   EMPORIUM_ENVIRONMENT  name shown in the runtime configuration (default: production)
#   API_ORIGIN            where the services are, '' for the page's own origin (default: '')
#   REMOTES_ORIGIN        where the remotes' assets are, '' for the page's own origin (default: '')
#   REMOTE_<NAME>_ENTRY   one remote's mf-manifest.json URL, overriding REMOTES_ORIGIN (e.g. REMOTE_CART_ENTRY)
#   REMOTES               comma-separated remotes deployed in this environment (default: all)
#   CORS_ALLOW_ORIGIN     remotes only: the host page's origin, when the host is served from another origin
# One image therefore serves every environment. The host's Content-Security-Policy follows the same rules as
# the local gateway's (packages/gateway/src/headers.ts; the image tests compare the two).
set -eu

out=/tmp/emporium
mkdir -p "$out" /tmp/nginx

fail() {
  echo "start.sh: $*" >&2
  exit 1
}

# A URL setting: empty, a path on this origin, or an http(s) URL; nothing that could break out of JSON or an
# nginx string.
check_url() {
  case "$2" in
    *[\"\\\'\;\ \	\`\$]*) fail "$1 has characters a URL cannot have: $2" ;;
    '' | /* | http://?* | https://?*) ;;
    *) fail "$1 must be empty, a path starting with / or an http(s) URL, got: $2" ;;
  esac
}

origin_of() {
  printf '%s' "$1" | sed -n 's|^\(https\{0,1\}://[^/]*\).*|\1|p'
}

# Appends $2 to the space-separated list $1 unless it is empty or already there.
add_unique() {
  case " $1 " in
    *" $2 "*) printf '%s' "$1" ;;
    *) if [ -n "$2" ]; then printf '%s' "${1:+$1 }$2"; else printf '%s' "$1"; fi ;;
  esac
}

policy() {
  # $1: extra script origins, $2: extra connect origins
  printf "default-src 'self'; script-src 'self'%s; connect-src 'self'%s; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'" \
    "${1:+ $1}" "${2:+ $2}"
}

if [ -f /etc/emporium/remotes.tsv ]; then
  environment="${EMPORIUM_ENVIRONMENT:-production}"
  api_origin="${API_ORIGIN:-}"
  remotes_origin="${REMOTES_ORIGIN:-}"
  case "$environment" in *[!A-Za-z0-9._-]* | '') fail "EMPORIUM_ENVIRONMENT must be letters, digits, . _ -" ;; esac
  check_url API_ORIGIN "$api_origin"
  check_url REMOTES_ORIGIN "$remotes_origin"
  deployed=",${REMOTES:-all},"

  remote_origins=""
  entries=""
  tab="$(printf '\t')"
  while IFS="$tab" read -r name federation route path; do
    [ -n "$name" ] || continue
    case "$deployed" in *,all,* | *,"$name",*) ;; *) continue ;; esac
    variable="REMOTE_$(printf '%s' "$name" | tr 'a-z-' 'A-Z_')_ENTRY"
    entry="$(printenv "$variable" || true)"
    [ -n "$entry" ] || entry="${remotes_origin}${path}mf-manifest.json"
    check_url "$variable" "$entry"
    remote_origins="$(add_unique "$remote_origins" "$(origin_of "$entry")")"
    entries="${entries:+$entries,}\"$name\":{\"name\":\"$federation\",\"entry\":\"$entry\",\"route\":\"$route\"}"
  done </etc/emporium/remotes.tsv

  printf '{"environment":"%s","apiOrigin":"%s","remotes":{%s}}\n' "$environment" "$api_origin" "$entries" \
    >"$out/runtime-config.json"
  connect="$(add_unique "" "$(origin_of "$api_origin")")"
  for origin in $remote_origins; do connect="$(add_unique "$connect" "$origin")"; done
  printf 'add_header Content-Security-Policy "%s" always;\n' "$(policy "$remote_origins" "$connect")" \
    >"$out/headers.conf"
else
  printf 'add_header Content-Security-Policy "%s" always;\n' "$(policy "" "")" >"$out/headers.conf"
  if [ -n "${CORS_ALLOW_ORIGIN:-}" ]; then
    check_url CORS_ALLOW_ORIGIN "$CORS_ALLOW_ORIGIN"
    [ "$(origin_of "$CORS_ALLOW_ORIGIN")" = "$CORS_ALLOW_ORIGIN" ] || fail "CORS_ALLOW_ORIGIN must be an origin (scheme://host[:port])"
    printf 'add_header Access-Control-Allow-Origin "%s" always;\nadd_header Vary "Origin" always;\n' \
      "$CORS_ALLOW_ORIGIN" >>"$out/headers.conf"
  fi
fi

exec nginx -g 'daemon off;'
