/** One ticket with its conversation; `replace` shows the ticket a change (a reply, closing) answered with. */
import { ApiError, supportApi, type Ticket, toApiError } from '@emporium/api';
import { useCallback, useEffect, useState } from 'react';

export type TicketState =
  | { status: 'loading'; ticket: null; error: null }
  | { status: 'ready'; ticket: Ticket; error: null }
  | { status: 'error'; ticket: null; error: ApiError };

/** The service's ticket ids; anything else cannot be a ticket, so it is not asked for. */
const ticketIdPattern = /^[a-f0-9]{24}$/;

export function useTicket(ticketId: string) {
  const [state, setState] = useState<TicketState>({ status: 'loading', ticket: null, error: null });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!ticketIdPattern.test(ticketId)) {
      const error = new ApiError({ status: 404, code: 'TICKET_NOT_FOUND', message: 'No such ticket' });
      setState({ status: 'error', ticket: null, error });
      return;
    }
    const controller = new AbortController();
    setState({ status: 'loading', ticket: null, error: null });
    supportApi.getTicket(ticketId, { signal: controller.signal }).then(
      (ticket) => setState({ status: 'ready', ticket, error: null }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', ticket: null, error: toApiError(error) });
      },
    );
    return () => controller.abort();
  }, [ticketId, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const replace = useCallback((ticket: Ticket) => setState({ status: 'ready', ticket, error: null }), []);
  return { ...state, reload, replace };
}
