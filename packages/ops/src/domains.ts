/**
 * The business domains an operator names on the command line, from the registry: a domain can have a
 * service (`cart`), a micro frontend (`products`) or both (`cart`, `content`, `support`).
 */
import { isMfeName, isServiceName, mfes, services } from '@emporium/registry';
import { OpsError } from './errors.ts';

export type Component = 'service' | 'mfe';

export const components: readonly Component[] = ['service', 'mfe'];

/** Every domain of the registry, services first, each once. */
export function knownDomains(): string[] {
  return [...new Set<string>([...services.map((s) => s.name), ...mfes.map((m) => m.name)])];
}

/** The components the registry gives a domain: its service, its micro frontend, or both. */
export function componentsOf(domain: string): Component[] {
  return components.filter((c) => (c === 'service' ? isServiceName(domain) : isMfeName(domain)));
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The known domain closest to a mistyped one, when it is close enough to be a typo. */
export function closestDomain(name: string): string | undefined {
  let best: { domain: string; distance: number } | undefined;
  for (const domain of knownDomains()) {
    const distance = editDistance(name.toLowerCase(), domain);
    if (!best || distance < best.distance) best = { domain, distance };
  }
  return best && best.distance <= Math.max(1, Math.floor(name.length / 3)) ? best.domain : undefined;
}

/** The domain, checked against the registry; an unknown one is a usage error that lists the known ones. */
export function checkDomain(name: string): string {
  if (componentsOf(name).length > 0) return name;
  const suggestion = closestDomain(name);
  throw new OpsError(
    'UNKNOWN_DOMAIN',
    `unknown domain "${name}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; domains: ${knownDomains().join(', ')}`,
  );
}

/**
 * The components a command acts on: the domain's own, or the one `--only` names, which the domain must have.
 */
export function selectComponents(domain: string, only: Component | undefined): Component[] {
  const own = componentsOf(checkDomain(domain));
  if (!only) return own;
  if (!own.includes(only)) {
    const what = only === 'service' ? 'service' : 'micro frontend';
    throw new OpsError('USAGE', `domain "${domain}" has no ${what} (it has: ${own.join(', ')})`);
  }
  return [only];
}
