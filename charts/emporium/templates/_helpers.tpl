{{/*
Names, labels and the small pieces every template shares. The domains themselves come from
files/registry.json, the chart's copy of packages/registry (a test keeps the two equal).
*/}}

{{- define "emporium.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 40 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 40 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{/* The registry as a dict: services, mfes, routes. */}}
{{- define "emporium.registryJson" -}}
{{- .Files.Get "files/registry.json" -}}
{{- end -}}

{{/* Name of one domain's workload: <fullname>-<domain>-service or <fullname>-<domain>-mfe. */}}
{{- define "emporium.workloadName" -}}
{{- printf "%s-%s-%s" (include "emporium.fullname" .root) .domain .kind -}}
{{- end -}}

{{/* Labels that select a workload's pods: stable for the release's life (Deployments cannot change them). */}}
{{- define "emporium.selectorLabels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{/* Every label of a chart resource. `domain` is empty for resources of the whole release. */}}
{{- define "emporium.labels" -}}
{{ include "emporium.selectorLabels" . }}
app.kubernetes.io/component: {{ .component }}
app.kubernetes.io/part-of: emporium
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version | replace "+" "_" }}
{{- with .domain }}
emporium.dev/domain: {{ . }}
{{- end }}
{{- end -}}

{{/* Labels of the release's own resources (secrets, config, network policies). */}}
{{- define "emporium.releaseLabels" -}}
{{ include "emporium.labels" (dict "root" . "name" "emporium" "component" "platform" "domain" "") }}
{{- end -}}

{{/*
One domain's settings: a deep copy of the defaults with the domain's overrides merged in. Unlike sprig's
merge, an override of `false`, `0` or `""` wins, so `autoscaling.enabled: false` turns a default off.
Usage: {{- $cfg := deepCopy .Values.serviceDefaults }}{{- include "emporium.mergeInto" (dict "dst" $cfg "src" $override) }}
*/}}
{{- define "emporium.mergeInto" -}}
{{- $dst := .dst -}}
{{- range $key, $value := (.src | default dict) -}}
{{- if and (kindIs "map" $value) (kindIs "map" (get $dst $key)) -}}
{{- include "emporium.mergeInto" (dict "dst" (get $dst $key) "src" $value) -}}
{{- else -}}
{{- $_ := set $dst $key $value -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/* Image reference: registry/repository@digest or :tag. `image` is the merged image settings of a component. */}}
{{- define "emporium.image" -}}
{{- $registry := .root.Values.global.imageRegistry | default .image.registry -}}
{{- $repository := .image.repository -}}
{{- $ref := ternary (printf "%s/%s" $registry $repository) $repository (ne $registry "") -}}
{{- if .image.digest -}}
{{- printf "%s@%s" $ref .image.digest -}}
{{- else -}}
{{- printf "%s:%s" $ref (toString (.image.tag | default .root.Chart.AppVersion)) -}}
{{- end -}}
{{- end -}}

{{/* A domain's image settings: the chart-wide defaults, the domain's repository, then the domain's overrides. */}}
{{- define "emporium.domainImage" -}}
{{- $image := dict "registry" .root.Values.image.registry "repository" (printf "%s/%s-%s" .root.Values.image.repositoryPrefix .domain .kind) "tag" .root.Values.image.tag "digest" "" "pullPolicy" .root.Values.image.pullPolicy -}}
{{- include "emporium.mergeInto" (dict "dst" $image "src" .cfg.image) -}}
image: {{ include "emporium.image" (dict "root" .root "image" $image) | quote }}
imagePullPolicy: {{ $image.pullPolicy }}
{{- end -}}

{{/* Resources: explicit `resources` win, else the preset, else nothing (the cluster's defaults). */}}
{{- define "emporium.resources" -}}
{{- $presets := dict
  "small" (dict "requests" (dict "cpu" "100m" "memory" "128Mi") "limits" (dict "memory" "256Mi"))
  "medium" (dict "requests" (dict "cpu" "250m" "memory" "256Mi") "limits" (dict "memory" "512Mi"))
  "large" (dict "requests" (dict "cpu" "500m" "memory" "512Mi") "limits" (dict "memory" "1Gi")) -}}
{{- if .resources -}}
{{- toYaml .resources -}}
{{- else if ne .resourcesPreset "none" -}}
{{- toYaml (get $presets .resourcesPreset) -}}
{{- else -}}
{}
{{- end -}}
{{- end -}}

{{/* Pod-level hardening shared by every pod of the chart. */}}
{{- define "emporium.podSecurityContext" -}}
runAsNonRoot: true
runAsUser: {{ .uid }}
runAsGroup: {{ .uid }}
{{- with .fsGroup }}
fsGroup: {{ . }}
{{- end }}
seccompProfile:
  type: RuntimeDefault
{{- end -}}

{{/* Container-level hardening shared by every container of the chart. */}}
{{- define "emporium.containerSecurityContext" -}}
runAsNonRoot: true
readOnlyRootFilesystem: true
allowPrivilegeEscalation: false
privileged: false
capabilities:
  drop:
    - ALL
seccompProfile:
  type: RuntimeDefault
{{- end -}}

{{/* Scheduling settings of a domain's pods: spread, placement, priority. */}}
{{- define "emporium.scheduling" -}}
{{- if .cfg.topologySpread }}
topologySpreadConstraints:
  {{- range $key := list "kubernetes.io/hostname" "topology.kubernetes.io/zone" }}
  - maxSkew: 1
    topologyKey: {{ $key }}
    whenUnsatisfiable: ScheduleAnyway
    labelSelector:
      matchLabels:
        {{- include "emporium.selectorLabels" (dict "root" $.root "name" $.name) | nindent 8 }}
    matchLabelKeys:
      - pod-template-hash
  {{- end }}
{{- end }}
{{- with .cfg.nodeSelector }}
nodeSelector:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .cfg.tolerations }}
tolerations:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .cfg.affinity }}
affinity:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .cfg.priorityClassName }}
priorityClassName: {{ . }}
{{- end }}
{{- with .root.Values.global.imagePullSecrets }}
imagePullSecrets:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end -}}

{{/* Rolling updates never take a pod away before its replacement is ready. */}}
{{- define "emporium.rollingUpdate" -}}
strategy:
  type: RollingUpdate
  rollingUpdate:
    maxUnavailable: 0
    maxSurge: 25%
{{- end -}}

{{/* Where the browser comes from: the Ingress hosts (https when TLS covers them) plus extra origins. */}}
{{- define "emporium.corsOrigins" -}}
{{- $tlsHosts := list -}}
{{- range .Values.ingress.tls }}{{ $tlsHosts = concat $tlsHosts (.hosts | default list) }}{{ end -}}
{{- $origins := list -}}
{{- range .Values.ingress.hosts -}}
{{- $origins = append $origins (printf "%s://%s" (ternary "https" "http" (has . $tlsHosts)) .) -}}
{{- end -}}
{{- join "," (concat $origins .Values.ingress.extraCorsOrigins | uniq) -}}
{{- end -}}

{{- define "emporium.cookieSecure" -}}
{{- if eq (toString .Values.cookieSecure) "auto" -}}
{{- ternary "true" "false" (gt (len .Values.ingress.tls) 0) -}}
{{- else -}}
{{- toString .Values.cookieSecure -}}
{{- end -}}
{{- end -}}

{{/* Secret names: the user's existing Secret, else the one the chart generates. */}}
{{- define "emporium.jwtSecretName" -}}
{{- .Values.secrets.jwt.existingSecret | default (printf "%s-jwt" (include "emporium.fullname" .)) -}}
{{- end -}}

{{- define "emporium.serviceKeysSecretName" -}}
{{- .Values.secrets.serviceKeys.existingSecret | default (printf "%s-service-keys" (include "emporium.fullname" .)) -}}
{{- end -}}

{{- define "emporium.mongodbSecretName" -}}
{{- .Values.mongodb.bundled.existingSecret | default (printf "%s-mongodb" (include "emporium.fullname" .)) -}}
{{- end -}}

{{- define "emporium.mongodbHost" -}}
{{- printf "%s-mongodb" (include "emporium.fullname" .) -}}
{{- end -}}

{{/* A generated secret value that survives upgrades: the value already in the cluster, else a new one. */}}
{{- define "emporium.keptValue" -}}
{{- $existing := .existing | default dict -}}
{{- if hasKey $existing .key -}}
{{- index $existing .key | b64dec -}}
{{- else -}}
{{- .generate -}}
{{- end -}}
{{- end -}}
