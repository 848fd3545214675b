import type { ImapFlow } from 'imapflow';
import type { ReboundStore } from '../../core/ports.js';
import {
  importMessages,
  type MailImportReport,
  type TrackerContext,
} from '../../core/tracker/index.js';
import { parseRawMessages, type RawMessage } from '../mail-items.js';
import { fromImap } from './imap-errors.js';

/** How far a folder has been read: its UIDVALIDITY and the highest UID imported. */
export type FolderState = { uidValidity: string | null; lastUid: number | null };

export type SyncProgress = { done: number; total: number; report: MailImportReport };

export type FolderSync = {
  report: MailImportReport;
  state: FolderState;
  /** True when the server renumbered the folder and it was read again from the start. */
  isResynced: boolean;
};

export type SyncFolderOptions = {
  /**
   * Records how far the folder has been read, through the given store: inside the
   * transaction of each stored batch, so an interrupted sync resumes right after it.
   */
  saveState: (store: ReboundStore, state: FolderState) => Promise<void>;
  onProgress?: (progress: SyncProgress) => void;
  /** Messages fetched and stored per batch; a batch is held in memory while it is imported. */
  batchSize?: number;
};

/** UIDs above `after`, oldest first. `N:*` always matches the newest message, so filter. */
async function newUids(client: ImapFlow, after: number): Promise<number[]> {
  const found = await fromImap(client.search({ uid: `${after + 1}:*` }, { uid: true }));
  return (Array.isArray(found) ? found : []).filter((uid) => uid > after).sort((a, b) => a - b);
}

/** Yields the raw messages batch by batch, each marked with its UID to resume after it. */
async function* fetchRaw(
  client: ImapFlow,
  folder: string,
  uids: number[],
  batchSize: number,
): AsyncGenerator<RawMessage> {
  for (let start = 0; start < uids.length; start += batchSize) {
    const batch = uids.slice(start, start + batchSize);
    const fetched = await fromImap(
      client.fetchAll(batch.join(','), { uid: true, source: true }, { uid: true }),
    );
    const byUid = new Map(fetched.map((message) => [message.uid, message.source]));
    for (const uid of batch) {
      const raw = byUid.get(uid);
      const at = { source: `${folder} #${uid}`, checkpoint: uid };
      // Deleted on the server between the search and the fetch: nothing to import.
      yield raw ? { ...at, raw } : { ...at, problem: 'it was removed from the server meanwhile' };
    }
  }
}

/**
 * Imports the messages of one folder that arrived since the last sync, read-only (EXAMINE:
 * no flag is set, nothing is moved). A changed UIDVALIDITY means the old UIDs mean nothing,
 * so the folder is read again from the start; Message-IDs keep that from adding duplicates.
 * The highest UID stored is saved in the same transaction as each batch of messages.
 */
export async function syncFolder(
  ctx: TrackerContext,
  client: ImapFlow,
  folder: string,
  state: FolderState,
  options: SyncFolderOptions,
): Promise<FolderSync> {
  const lock = await fromImap(client.getMailboxLock(folder, { readOnly: true }));
  try {
    const mailbox = client.mailbox;
    const uidValidity = mailbox ? String(mailbox.uidValidity) : null;
    const isResynced = state.uidValidity !== null && state.uidValidity !== uidValidity;
    const after = state.uidValidity === uidValidity ? (state.lastUid ?? 0) : 0;
    let current: FolderState = { uidValidity, lastUid: after === 0 ? null : after };
    if (current.uidValidity !== state.uidValidity) await options.saveState(ctx.store, current);
    const uids = mailbox && mailbox.exists > 0 ? await newUids(client, after) : [];
    const batchSize = options.batchSize ?? 50;
    const report = await importMessages(
      ctx,
      parseRawMessages(fetchRaw(client, folder, uids, batchSize)),
      {
        batchSize,
        onProgress: (so) => options.onProgress?.({ done: so.read, total: uids.length, report: so }),
        onCheckpoint: async (store, uid) => {
          current = { uidValidity, lastUid: uid };
          await options.saveState(store, current);
        },
      },
    );
    return { report, state: current, isResynced };
  } finally {
    lock.release();
  }
}
