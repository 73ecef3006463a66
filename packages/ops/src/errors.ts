/**
 * What can go wrong, as exit codes scripts can rely on and stable error codes for `-o json`. Every failure
 * the CLI reports is an OpsError; anything else is a bug and still leaves with a one-line message.
 */

export const exitCodes = {
  ok: 0,
  /** The operation ran and failed: a rollout failed or timed out, a patch was rejected. */
  failed: 1,
  /** Bad flags or arguments, an unknown domain or context, a bad number. */
  usage: 2,
  /** The API server cannot be reached, or it rejected the credentials. */
  unreachable: 3,
  /** No release of that name in the namespace. */
  releaseNotFound: 4,
  /** Refused on purpose: a HorizontalPodAutoscaler owns the replica count. */
  refused: 5,
} as const;

export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];

/** Stable codes of the JSON error object, each with the exit code it leaves with. */
export const errorCodes = {
  USAGE: exitCodes.usage,
  UNKNOWN_DOMAIN: exitCodes.usage,
  UNKNOWN_CONTEXT: exitCodes.usage,
  KUBECONFIG: exitCodes.usage,
  UNREACHABLE: exitCodes.unreachable,
  UNAUTHORIZED: exitCodes.unreachable,
  FORBIDDEN: exitCodes.unreachable,
  RELEASE_NOT_FOUND: exitCodes.releaseNotFound,
  HPA_OWNS_REPLICAS: exitCodes.refused,
  ROLLOUT_FAILED: exitCodes.failed,
  ROLLOUT_TIMEOUT: exitCodes.failed,
  FAILED: exitCodes.failed,
} as const satisfies Record<string, ExitCode>;

export type ErrorCode = keyof typeof errorCodes;

export class OpsError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'OpsError';
    this.code = code;
  }

  get exitCode(): ExitCode {
    return errorCodes[this.code];
  }
}

export const usageError = (message: string) => new OpsError('USAGE', message);

/** The error as scripts read it with `-o json`: `{"error":{"code":"...","message":"..."}}`. */
export function errorJson(error: OpsError): string {
  return JSON.stringify({ error: { code: error.code, message: error.message } });
}

/** Any thrown value as an OpsError: ours as they are, anything else as FAILED with its message only. */
export function asOpsError(error: unknown): OpsError {
  if (error instanceof OpsError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new OpsError('FAILED', message.split('\n')[0] ?? 'unknown error');
}
