{{/* A NetworkPolicy peer: the pods of one app of this release (same namespace). */}}
{{- define "emporium.appPeer" -}}
podSelector:
  matchLabels:
    {{- include "emporium.selectorLabels" (dict "root" .root "name" .name) | nindent 4 }}
{{- end -}}

{{/* Peers: the ingress controller's pods. */}}
{{- define "emporium.ingressControllerPeer" -}}
{{- with .Values.networkPolicy.ingressController }}
namespaceSelector:
  {{- toYaml .namespaceSelector | nindent 2 }}
podSelector:
  {{- toYaml .podSelector | nindent 2 }}
{{- end }}
{{- end -}}

{{/* Peers: the release's `helm test` pod. */}}
{{- define "emporium.testPeer" -}}
podSelector:
  matchLabels:
    app.kubernetes.io/instance: {{ .Release.Name }}
    app.kubernetes.io/component: test
{{- end -}}
