/**
 * `make cluster-up`: the project's cluster, the images of `make images` loaded into its node, and the
 * platform installed with Helm; prints where to open it. `make cluster-down` (this with `down`) removes it all.
 */
import { clusterDown, clusterUp, loadImages } from './cluster.ts';
import { ingressUrl, installPlatform } from './platform.ts';

const namespace = process.env.NAMESPACE || 'emporium';
const release = process.env.RELEASE || 'emporium';

if (process.argv[2] === 'down') {
  await clusterDown();
} else {
  const started = Date.now();
  const kubeconfig = await clusterUp();
  await loadImages();
  await installPlatform({ kubeconfig, namespace, release, log: (line) => process.stderr.write(`${line}\n`) });
  const seconds = Math.round((Date.now() - started) / 1000);
  process.stdout.write(
    [
      `Emporium runs on the project's cluster (${seconds} s): open ${ingressUrl}/`,
      `  kubectl:  export KUBECONFIG=${kubeconfig}; .tools/cluster/bin/kubectl get pods -n ${namespace}`,
      `  operate:  node packages/ops/src/cli.ts status -n ${namespace} --kubeconfig ${kubeconfig}`,
      '  stop:     make cluster-down',
      '',
    ].join('\n'),
  );
}
