import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

const TITLES: Record<number, string> = {
  401: 'Ikke logget inn',
  403: 'Ingen tilgang',
};

/** The server's own Norwegian message, e.g. "Du er ikke logget inn …" for a 401. */
export function Problem({ status, message }: { status: number; message: string }) {
  return (
    <MessageBar intent={status === 401 || status === 403 ? 'warning' : 'error'} role="alert">
      <MessageBarBody>
        <MessageBarTitle>{TITLES[status] ?? 'Noe gikk galt'}</MessageBarTitle>
        {message}
      </MessageBarBody>
    </MessageBar>
  );
}
