/**
 * The connection to the cluster: the kubeconfig (file, context, namespace), API clients whose every request
 * gives up after a short timeout, and the translation of transport and HTTP failures into OpsErrors that name
 * the server, so an unreachable cluster is one line, never a stack trace.
 */
import { existsSync } from 'node:fs';
import {
  ApiException,
  AppsV1Api,
  AutoscalingV2Api,
  CoreV1Api,
  createConfiguration,
  KubeConfig,
  type Middleware,
  ServerConfiguration,
} from '@kubernetes/client-node';
import { OpsError } from './errors.ts';

/** How long one request may take before the server counts as unreachable. */
export const requestTimeoutMs = 8_000;
/** The field manager of our writes: what a server-side apply conflict (Helm 4's upgrade) names. */
export const fieldManager = 'emporium-ops';

export interface ConnectionOptions {
  kubeconfig?: string | undefined;
  context?: string | undefined;
  namespace?: string | undefined;
}

export interface Connection {
  readonly server: string;
  readonly context: string;
  readonly namespace: string;
  readonly apps: AppsV1Api;
  readonly core: CoreV1Api;
  readonly autoscaling: AutoscalingV2Api;
}

export function loadKubeConfig(options: ConnectionOptions): KubeConfig {
  const kc = new KubeConfig();
  const file = options.kubeconfig;
  try {
    if (file) {
      if (!existsSync(file)) throw new OpsError('KUBECONFIG', `kubeconfig ${file} does not exist`);
      kc.loadFromFile(file);
    } else {
      kc.loadFromDefault();
    }
  } catch (error) {
    if (error instanceof OpsError) throw error;
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new OpsError('KUBECONFIG', `cannot read kubeconfig${file ? ` ${file}` : ''}: ${reason}`);
  }
  if (options.context) {
    if (!kc.getContextObject(options.context)) {
      const known = kc.getContexts().map((c) => c.name);
      throw new OpsError(
        'UNKNOWN_CONTEXT',
        `context "${options.context}" is not in the kubeconfig (contexts: ${known.join(', ') || 'none'})`,
      );
    }
    kc.setCurrentContext(options.context);
  }
  return kc;
}

/** Aborts every request that takes longer than `ms`: a dead address fails fast instead of hanging. */
function timeoutMiddleware(ms: number): Middleware {
  return {
    pre: async (context) => {
      context.setSignal(AbortSignal.timeout(ms));
      return context;
    },
    post: async (response) => response,
  };
}

export function connect(options: ConnectionOptions, timeoutMs = requestTimeoutMs): Connection {
  const kc = loadKubeConfig(options);
  const cluster = kc.getCurrentCluster();
  if (!cluster) {
    throw new OpsError(
      'KUBECONFIG',
      'the kubeconfig has no current cluster (set current-context or --context)',
    );
  }
  const contextName = kc.getCurrentContext();
  const namespace = options.namespace || kc.getContextObject(contextName)?.namespace || 'default';
  const configuration = createConfiguration({
    baseServer: new ServerConfiguration(cluster.server, {}),
    authMethods: { default: kc },
    promiseMiddleware: [timeoutMiddleware(timeoutMs)],
  });
  return {
    server: cluster.server,
    context: contextName,
    namespace,
    apps: new AppsV1Api(configuration),
    core: new CoreV1Api(configuration),
    autoscaling: new AutoscalingV2Api(configuration),
  };
}

const transportReasons: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ECONNRESET: 'connection reset',
  ETIMEDOUT: 'connection timed out',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  UND_ERR_SOCKET: 'connection closed',
};

/** The API server's own explanation from a Status body, when there is one. */
function statusMessage(body: unknown): string | undefined {
  let parsed = body;
  if (typeof body === 'string') {
    try {
      parsed = JSON.parse(body);
    } catch {
      return body.trim() || undefined;
    }
  }
  if (parsed && typeof parsed === 'object' && 'message' in parsed && typeof parsed.message === 'string') {
    return parsed.message;
  }
  return undefined;
}

/** The HTTP status of a failed API call, or undefined when the failure was not an HTTP answer. */
export function httpStatus(error: unknown): number | undefined {
  return error instanceof ApiException ? error.code : undefined;
}

/**
 * A failure of a request to `server` as an OpsError: unreachable (3) for transport errors and timeouts,
 * unauthorized or forbidden (3) for 401/403, FAILED (1) with the server's message for any other answer.
 */
export function requestFailure(error: unknown, server: string): OpsError {
  if (error instanceof OpsError) return error;
  if (error instanceof ApiException) {
    const detail = statusMessage(error.body);
    if (error.code === 401) {
      return new OpsError(
        'UNAUTHORIZED',
        `the API server at ${server} rejected the credentials (401 Unauthorized)`,
      );
    }
    if (error.code === 403) {
      return new OpsError(
        'FORBIDDEN',
        `forbidden by the API server at ${server}: ${detail ?? '403 Forbidden'}`,
      );
    }
    return new OpsError(
      'FAILED',
      `the API server at ${server} answered ${error.code}: ${detail ?? 'no details'}`,
    );
  }
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return new OpsError(
      'UNREACHABLE',
      `cannot reach the Kubernetes API server at ${server}: no answer within ${requestTimeoutMs / 1000}s`,
    );
  }
  const cause =
    error instanceof Error ? (error.cause as { code?: unknown; message?: unknown } | undefined) : undefined;
  if (error instanceof TypeError || cause) {
    const code = typeof cause?.code === 'string' ? cause.code : undefined;
    // fetch refuses a few well-known ports outright (port 1 among them) without connecting.
    if (cause?.message === 'bad port') {
      return new OpsError(
        'UNREACHABLE',
        `cannot reach the Kubernetes API server at ${server}: fetch refuses that port (bad port)`,
      );
    }
    const reason =
      (code && transportReasons[code] ? `${transportReasons[code]} (${code})` : undefined) ??
      (typeof cause?.message === 'string' ? cause.message : undefined) ??
      (error as Error).message;
    return new OpsError('UNREACHABLE', `cannot reach the Kubernetes API server at ${server}: ${reason}`);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new OpsError('FAILED', message.split('\n')[0] ?? 'unknown error');
}
