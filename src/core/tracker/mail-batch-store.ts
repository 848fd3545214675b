import type { ApplicationFilter } from '../inputs.js';
import type { ReboundStore } from '../ports.js';
import type { Application, ApplicationEvent } from '../records.js';

// Store wrappers for importing a batch of emails in one transaction.

/**
 * Inside the savepoint of one email, the services' own transactions need no savepoint of
 * their own: if anything fails, the email's savepoint undoes all of it. Two queries fewer
 * per service call, on the path every applied email takes.
 */
export function withinSavepoint(store: ReboundStore): ReboundStore {
  const flat: ReboundStore = { ...store, transaction: (work) => work(flat) };
  return flat;
}

/** True when `filter` (as linking uses it: by company word, or none) would list `row`. */
function isListedBy(filter: ApplicationFilter, row: Application): boolean {
  const { company, ...rest } = filter;
  if (Object.keys(rest).length > 0) return false;
  return company === undefined || row.company.toLowerCase().includes(company.toLowerCase());
}

/**
 * The same store, remembering the applications (and their events) it has read for the
 * length of one batch, kept up to date by the batch's own writes. Linking looks up the company of every employer
 * email, and logging a rejection reads its application again; in a mailbox most emails name
 * the same few companies. `forget` drops everything (after a savepoint was rolled back).
 */
export function rememberApplications(store: ReboundStore): {
  store: ReboundStore;
  forget: () => void;
} {
  const lists = new Map<string, { filter: ApplicationFilter; rows: Application[] }>();
  const byId = new Map<string, Application | null>();
  const remember = (row: Application) => {
    byId.set(row.id, row);
    for (const list of lists.values()) {
      const index = list.rows.findIndex((a) => a.id === row.id);
      if (index >= 0) list.rows[index] = row;
      else if (isListedBy(list.filter, row)) list.rows.push(row);
    }
  };
  const eventsOf = new Map<string, ApplicationEvent[]>();
  const forget = () => {
    lists.clear();
    byId.clear();
    eventsOf.clear();
  };
  const wrap = (inner: ReboundStore): ReboundStore => ({
    ...inner,
    transaction: (work) => inner.transaction((tx) => work(wrap(tx))),
    applications: {
      ...inner.applications,
      insert: async (row) => {
        await inner.applications.insert(row);
        remember(row);
      },
      update: async (row) => {
        await inner.applications.update(row);
        remember(row);
      },
      delete: async (userId, id) => {
        forget();
        return inner.applications.delete(userId, id);
      },
      get: async (userId, id) => {
        const known = byId.get(id);
        if (known !== undefined && (known === null || known.userId === userId)) return known;
        const found = await inner.applications.get(userId, id);
        byId.set(id, found);
        return found;
      },
      list: async (userId, filter) => {
        const key = JSON.stringify([userId, filter]);
        const known = lists.get(key);
        if (known) return [...known.rows];
        const rows = await inner.applications.list(userId, filter);
        lists.set(key, { filter, rows: [...rows] });
        return rows;
      },
    },
    events: {
      ...inner.events,
      // Kept in the store's order (time, then write order), as a fresh read would return.
      insert: async (row) => {
        await inner.events.insert(row);
        const known = eventsOf.get(row.applicationId);
        if (!known) return;
        const after = known.findIndex((e) => e.at > row.at);
        known.splice(after < 0 ? known.length : after, 0, row);
      },
      listForApplication: async (userId, applicationId) => {
        const known = eventsOf.get(applicationId);
        if (known && known.every((e) => e.userId === userId)) return [...known];
        const found = await inner.events.listForApplication(userId, applicationId);
        eventsOf.set(applicationId, [...found]);
        return found;
      },
    },
  });
  return { store: wrap(store), forget };
}
