import type { RunningRebound } from './harness.js';

export const hourMs = 3_600_000;

/** Seeds through the HTTP API, as any client would. */
export async function call<T>(
  server: RunningRebound,
  method: string,
  path: string,
  body?: unknown,
) {
  const response = await fetch(`${server.url}api/${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${String(response.status)}`);
  return (await response.json()) as T;
}

/** An application at the technical stage, a contact, and a rejection received `hoursAgo`. */
export async function seedRejected(
  server: RunningRebound,
  company: string,
  hoursAgo: number,
): Promise<string> {
  const application = await call<{ id: string }>(server, 'POST', 'applications', {
    company,
    role: 'Junior Data Engineer',
    stage: 'technical',
  });
  await call(server, 'POST', `applications/${application.id}/contacts`, {
    name: 'Maya Chen',
    email: 'maya.chen@example.com',
  });
  await call(server, 'POST', `applications/${application.id}/rejections`, {
    text: `Dear candidate, thank you for the technical interview with ${company}. We have decided not to proceed.`,
    receivedAt: new Date(Date.now() - hoursAgo * hourMs).toISOString(),
    stageAtRejection: 'technical',
  });
  return application.id;
}

/**
 * UTC, quiet hours two to three hours from now and no quiet weekends, so "now" is never
 * quiet during a run and the pause of a rejection received hours ago is over.
 */
export async function keepNowAwake(server: RunningRebound): Promise<void> {
  const hour = new Date().getUTCHours();
  await call(server, 'PATCH', 'settings', {
    timeZone: 'UTC',
    quietFromHour: (hour + 2) % 24,
    quietUntilHour: (hour + 3) % 24,
    isWeekendQuiet: false,
    coolOffHours: 4,
    senderName: 'Sam Rivera',
  });
}
