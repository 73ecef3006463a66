{{/*
Every domain workload of the release as a JSON list: kind (service or mfe), domain, app name, workload
name and merged settings. The templates that treat services and micro frontends alike (PodDisruptionBudgets,
HorizontalPodAutoscalers) range over it.
*/}}
{{- define "emporium.workloads" -}}
{{- $root := . -}}
{{- $registry := include "emporium.registryJson" . | fromJson -}}
{{- $workloads := list -}}
{{- range $kind := list "service" "mfe" -}}
{{- $defaults := ternary $root.Values.serviceDefaults $root.Values.mfeDefaults (eq $kind "service") -}}
{{- $overrides := ternary $root.Values.services $root.Values.mfes (eq $kind "service") -}}
{{- range (ternary $registry.services $registry.mfes (eq $kind "service")) -}}
{{- $cfg := deepCopy $defaults -}}
{{- include "emporium.mergeInto" (dict "dst" $cfg "src" (index $overrides .name)) -}}
{{- $workloads = append $workloads (dict "kind" $kind "domain" .name "app" (printf "%s-%s" .name $kind) "name" (include "emporium.workloadName" (dict "root" $root "domain" .name "kind" $kind)) "cfg" $cfg) -}}
{{- end -}}
{{- end -}}
{{- toJson $workloads -}}
{{- end -}}
