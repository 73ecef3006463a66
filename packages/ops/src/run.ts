/**
 * The CLI as a function: arguments in, lines out through `io`, an exit code back. Only cli.ts touches the
 * process, so tests can run commands in-process as well as spawning the real binary.
 */
import { type Invocation, outputHint, parseInvocation } from './args.ts';
import type { CommandContext } from './commands/context.ts';
import { helpText, version } from './commands/help.ts';
import { remotes } from './commands/remotes.ts';
import { restart } from './commands/restart.ts';
import { rolloutStatus } from './commands/rollout-status.ts';
import { scale } from './commands/scale.ts';
import { status } from './commands/status.ts';
import { asOpsError, type ExitCode, errorJson, exitCodes } from './errors.ts';
import type { Io } from './format.ts';
import { connect } from './kube.ts';

async function dispatch(invocation: Invocation, io: Io): Promise<void> {
  const { command, options } = invocation;
  if (command.name === 'help') return io.out(helpText(command.topic));
  if (command.name === 'version') return io.out(`emporium-ops ${version}`);
  const conn = connect(options);
  const ctx: CommandContext = { conn, release: options.release, output: options.output, io };
  switch (command.name) {
    case 'status':
      return status(ctx, command.domain);
    case 'scale':
      return scale(ctx, command.domain, command.replicas, command.components);
    case 'restart':
      return restart(ctx, command.domain, command.components);
    case 'rollout-status':
      return rolloutStatus(ctx, command.domain, command.timeoutMs);
    case 'remotes':
      return remotes(ctx);
  }
}

export async function main(argv: readonly string[], io: Io): Promise<ExitCode> {
  try {
    await dispatch(parseInvocation(argv), io);
    return exitCodes.ok;
  } catch (thrown) {
    const error = asOpsError(thrown);
    io.err(outputHint(argv) === 'json' ? errorJson(error) : `error: ${error.message}`);
    return error.exitCode;
  }
}
