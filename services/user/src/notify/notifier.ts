/**
 * How messages (one-time codes) reach people. The service only knows this interface; NOTIFIER picks the
 * implementation. An email or SMS provider is one more implementation of `send`.
 */
export interface OutgoingMessage {
  channel: 'email' | 'sms';
  /** An email address or an E.164 phone number. */
  to: string;
  subject: string;
  text: string;
}

export interface Notifier {
  send(message: OutgoingMessage): Promise<void>;
}

/** For logs: enough of an address to recognise it, not enough to harvest it. */
export function maskAddress(to: string): string {
  const at = to.indexOf('@');
  if (at > 0) return `${to.slice(0, 1)}***${to.slice(at)}`;
  return to.length > 4 ? `${'*'.repeat(to.length - 4)}${to.slice(-4)}` : '****';
}
