/** The labels and annotations the chart (charts/emporium/templates/_helpers.tpl) and Kubernetes put on workloads. */

export const labels = {
  instance: 'app.kubernetes.io/instance',
  component: 'app.kubernetes.io/component',
  partOf: 'app.kubernetes.io/part-of',
  domain: 'emporium.dev/domain',
} as const;

export const annotations = {
  revision: 'deployment.kubernetes.io/revision',
  restartedAt: 'kubectl.kubernetes.io/restartedAt',
} as const;

/** Selects the domain Deployments of a release, or of one domain of it. */
export function workloadSelector(release: string, domain?: string): string {
  const parts = [`${labels.instance}=${release}`, `${labels.partOf}=emporium`];
  if (domain) parts.push(`${labels.domain}=${domain}`);
  return parts.join(',');
}

/** Helm 3 and 4 keep each release revision in a Secret `sh.helm.release.v1.<release>.v<n>` with these labels. */
export function helmReleaseSelector(release: string): string {
  return `owner=helm,name=${release}`;
}
