import type { FastifyBaseLogger } from 'fastify';
import { maskAddress, type Notifier } from './notifier.ts';

/** Logs that a message went out, never its text: the text holds the code. */
export function logNotifier(log: FastifyBaseLogger): Notifier {
  return {
    async send(message) {
      log.info(
        { channel: message.channel, to: maskAddress(message.to), subject: message.subject },
        'message sent',
      );
    },
  };
}
