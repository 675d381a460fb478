import type { App } from '@microsoft/teams.apps';

/**
 * Invokes we do not use. The SDK answers sign-in invokes by calling the Bot Framework token
 * service, for a user sign-in this bot never asks for; that fails with an empty 500. They get a
 * clean 200 and change nothing.
 */
export function registerUnsupportedInvokes(app: App): void {
  const ignore = async () => ({ status: 200 });
  app.on('signin.verify-state', ignore);
  app.on('signin.token-exchange', ignore);
  app.on('signin.failure', ignore);
}
