/** `help`, `--help` and `--version`: what the CLI does, its flags and the exit codes scripts can rely on. */
import packageJson from '../../package.json' with { type: 'json' };
import { defaultRelease, defaultRolloutTimeout } from '../args.ts';
import { knownDomains } from '../domains.ts';
import { exitCodes } from '../errors.ts';

export const version = packageJson.version;

const commands: Record<string, string> = {
  status: `status [domain]
  Each domain's service and micro frontend Deployments: ready/desired replicas, the HorizontalPodAutoscaler
  (current replicas, min-max, CPU current/target) when there is one, image tag or digest, and the last
  rollout (revision, complete/progressing/failed/paused, how long ago it started).`,
  scale: `scale <domain> <replicas> [--only service|mfe]
  Sets the replicas of the domain's service and micro frontend (or only one of them) through the scale
  subresource. Refused with exit ${exitCodes.refused} when a HorizontalPodAutoscaler owns the replica count:
  change its range through the chart's values instead (services.<domain>.autoscaling, mfes.<domain>.autoscaling).`,
  restart: `restart <domain> [--only service|mfe]
  Rolling restart, as kubectl rollout restart does it (kubectl.kubernetes.io/restartedAt on the pod template).`,
  rollout: `rollout status [domain] [--timeout ${defaultRolloutTimeout}]
  Waits until every Deployment of the release (or of the domain) has rolled out, printing progress. Exit
  ${exitCodes.failed} when one exceeds its progress deadline, is paused mid-rollout, or the timeout passes
  (units ms, s, m, h; 0 waits without limit).`,
  remotes: `remotes
  The host's effective remote map (remote -> mf-manifest.json URL), computed from the host's runtime
  configuration in the cluster (REMOTES, REMOTES_ORIGIN, REMOTE_<NAME>_ENTRY) as the host image does at start.`,
};

export function helpText(topic?: string): string {
  const known = topic !== undefined && topic in commands;
  const body = known ? [commands[topic as string]] : Object.values(commands);
  return `emporium-ops ${version}: operate a Helm release of Emporium by business domain

Usage: emporium-ops <command> [arguments] [flags]

Commands:
${body.map((text) => `  ${text?.replaceAll('\n', '\n  ')}`).join('\n\n')}

  help [command], --help, --version

Flags (every command):
  --kubeconfig <file>     kubeconfig to use (default: $KUBECONFIG, else ~/.kube/config)
  --context <name>        kubeconfig context (default: the current context)
  -n, --namespace <ns>    namespace of the release (default: the context's namespace, else default)
  --release <name>        Helm release name (default: ${defaultRelease})
  -o, --output <format>   table (default) or json; with json, errors are {"error":{"code","message"}} on stderr

Domains: ${knownDomains().join(', ')}

Exit codes:
  ${exitCodes.ok}  ok
  ${exitCodes.failed}  the operation failed: a rollout failed or timed out, the API server refused a change
  ${exitCodes.usage}  usage error: bad flags or arguments, unknown domain or context, bad number
  ${exitCodes.unreachable}  the cluster is unreachable, or rejected the credentials
  ${exitCodes.releaseNotFound}  no such release in the namespace
  ${exitCodes.refused}  refused: a HorizontalPodAutoscaler owns the replica count`;
}
