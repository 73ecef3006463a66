/**
 * The conversation, oldest first: the customer's messages on one side, support's on the other, each with
 * who wrote it and when. An ordered list, so screen readers say how many messages there are.
 */
import type { Ticket, TicketMessage } from '@emporium/api';
import { formatAgo, formatDateTime } from '../ui/format.ts';
import styles from './TicketPage.module.css';

export function Conversation({ ticket }: { ticket: Ticket }) {
  return (
    <section className={styles.conversation} aria-labelledby="conversation-title">
      <h2 id="conversation-title" className={styles.sectionTitle}>
        Conversation
      </h2>
      <ol className={styles.messages} data-testid="ticket-messages">
        {ticket.messages.map((message) => (
          <Message key={message.id} message={message} />
        ))}
      </ol>
    </section>
  );
}

function Message({ message }: { message: TicketMessage }) {
  const fromSupport = message.author.type === 'admin';
  return (
    <li
      className={`${styles.message} ${fromSupport ? styles.fromSupport : styles.fromCustomer}`}
      data-testid="ticket-message"
    >
      <p className={styles.author}>
        <span className={styles.authorName}>{fromSupport ? supportName(message.author.name) : 'You'}</span>{' '}
        <time dateTime={message.at} title={formatDateTime(message.at)} className={styles.when}>
          {formatAgo(message.at)}
        </time>
      </p>
      <p className={styles.body}>{message.body}</p>
    </li>
  );
}

/** Support's agents sign with their name; say it is support unless the name already does. */
function supportName(name: string): string {
  return /support/i.test(name) ? name : `${name} · Emporium support`;
}
