/**
 * The host's effective remote map from its environment, as images/mfe/start.sh writes it into
 * /runtime-config.json when the host's nginx starts: the registry's remotes (the default entries come from
 * the registry's own remoteMap), kept when REMOTES (default `all`) lists them, each entry taken from
 * REMOTE_<NAME>_ENTRY when set, else REMOTES_ORIGIN + the remote's assets path + mf-manifest.json.
 */
import { type RemoteName, type RuntimeConfig, remoteMap } from '@emporium/registry';

export type Environment = Readonly<Record<string, string | undefined>>;

/** The variable that overrides one remote's entry, for example REMOTE_CART_ENTRY. */
export function entryVariable(remote: string): string {
  return `REMOTE_${remote.toUpperCase().replaceAll('-', '_')}_ENTRY`;
}

/** A shell `${NAME:-default}`: unset and empty both take the default. */
const orDefault = (value: string | undefined, fallback: string) => (value ? value : fallback);

export function effectiveRuntimeConfig(env: Environment): RuntimeConfig {
  const remotesOrigin = orDefault(env.REMOTES_ORIGIN, '');
  const deployed = `,${orDefault(env.REMOTES, 'all')},`;
  const all = remoteMap(() => remotesOrigin);
  const remotes: RuntimeConfig['remotes'] = {};
  for (const name of Object.keys(all) as RemoteName[]) {
    if (!deployed.includes(',all,') && !deployed.includes(`,${name},`)) continue;
    const entry = all[name];
    remotes[name] = { ...entry, entry: orDefault(env[entryVariable(name)], entry.entry) };
  }
  return {
    environment: orDefault(env.EMPORIUM_ENVIRONMENT, 'production'),
    apiOrigin: orDefault(env.API_ORIGIN, ''),
    remotes,
  };
}

/** Names in REMOTES that are not remotes of the registry: start.sh ignores them, an operator wants to know. */
export function unknownRemotes(env: Environment): string[] {
  const known = new Set<string>(Object.keys(remoteMap()));
  return orDefault(env.REMOTES, 'all')
    .split(',')
    .filter((name) => name !== 'all' && name !== '' && !known.has(name));
}
