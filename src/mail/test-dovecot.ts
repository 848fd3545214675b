// A throwaway IMAP server for tests: Debian's dovecot (apt-get install dovecot-imapd) on a
// loopback port, one passwd-file user and a Maildir we fill by hand. Tests only: nothing in
// the app imports this.
import { execFile, spawn } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../store/test-postgres.js';

const run = promisify(execFile);
const dovecotBin = '/usr/sbin/dovecot';
const doveadmBin = '/usr/bin/doveadm';
const installHint = 'Install it with `sudo apt-get install dovecot-imapd` (Debian/Ubuntu).';
// Mail is owned by this user and group, as the config's static userdb says.
const mailOwner = { user: 'nobody', group: 'nogroup' };

export type DovecotServer = {
  host: '127.0.0.1';
  port: number;
  user: string;
  password: string;
  /** Drops a raw message into the user's INBOX (Maildir/new), as a delivery would. */
  deliver(raw: string | Uint8Array): void;
  /** Makes the server hand out a new UIDVALIDITY for INBOX, as after a mailbox rebuild. */
  changeUidValidity(value: number): Promise<void>;
  stop(): Promise<void>;
};

const isRoot = () => process.getuid?.() === 0;

function ownerIds(): { uid: number; gid: number } | null {
  try {
    const uid = readFileSync('/etc/passwd', 'utf8')
      .split('\n')
      .find((line) => line.startsWith(`${mailOwner.user}:`))
      ?.split(':')[2];
    const gid = readFileSync('/etc/group', 'utf8')
      .split('\n')
      .find((line) => line.startsWith(`${mailOwner.group}:`))
      ?.split(':')[2];
    return uid && gid ? { uid: Number(uid), gid: Number(gid) } : null;
  } catch {
    return null;
  }
}

/** Dovecot switches to the mail user itself, which needs root; elsewhere the tests skip. */
export function isDovecotAvailable(): boolean {
  return existsSync(dovecotBin) && isRoot() && ownerIds() !== null;
}

/**
 * What the IMAP tests do here: run, skip (a laptop without dovecot), or fail (CI must never
 * quietly skip the tests against a real mail server).
 */
export function dovecotTestPlan(): { mode: 'run' } | { mode: 'skip' | 'fail'; reason: string } {
  if (isDovecotAvailable()) return { mode: 'run' };
  const reason = !existsSync(dovecotBin)
    ? `dovecot was not found at ${dovecotBin}. ${installHint}`
    : 'dovecot must start as root (it switches to the user "nobody" for the mail).';
  return process.env.CI === 'true'
    ? { mode: 'fail', reason: `CI must test against a real IMAP server. ${reason}` }
    : { mode: 'skip', reason };
}

function configText(dir: string, port: number): string {
  return `protocols = imap
listen = 127.0.0.1
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
info_log_path = ${dir}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/users
}
userdb {
  driver = static
  args = uid=${mailOwner.user} gid=${mailOwner.group} home=${dir}/mail/%u
}
mail_location = maildir:~/Maildir
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
`;
}

async function runTool(file: string, args: string[]): Promise<void> {
  try {
    await run(file, args, { timeout: 30_000 });
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string };
    throw new Error(`${file} ${args.join(' ')} failed: ${stderr || stdout || String(error)}`, {
      cause: error,
    });
  }
}

/**
 * Runs `dovecot -c CONF`, which forks into the background. Its output goes to the log file;
 * no pipe is kept, since the daemon would hold it open and the start would never end.
 */
function startDaemon(config: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(dovecotBin, ['-c', config], { stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`dovecot -c ${config} exited with ${code}; see its log beside it.`));
    });
  });
}

async function waitForFile(path: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(path)) {
    if (Date.now() > deadline) throw new Error(`dovecot did not write ${path} in time.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function chownTree(path: string, ids: { uid: number; gid: number }): void {
  chownSync(path, ids.uid, ids.gid);
  if (!statSync(path).isDirectory()) return;
  for (const name of readdirSync(path)) chownTree(join(path, name), ids);
}

let delivered = 0;

/** Starts dovecot on a free loopback port with one user and an empty INBOX. */
export async function startTestDovecot(): Promise<DovecotServer> {
  const ids = ownerIds();
  if (!isDovecotAvailable() || ids === null) throw new Error(`No usable dovecot. ${installHint}`);
  const dir = mkdtempSync(join(tmpdir(), 'rebound-dovecot-'));
  // The login and mail processes run as other users and must reach into the folder.
  chmodSync(dir, 0o755);
  const user = 'jo';
  const password = 'correct horse battery staple';
  writeFileSync(join(dir, 'users'), `${user}:{PLAIN}${password}\n`, { mode: 0o644 });
  const maildir = join(dir, 'mail', user, 'Maildir');
  for (const sub of ['new', 'cur', 'tmp']) mkdirSync(join(maildir, sub), { recursive: true });
  chownTree(join(dir, 'mail'), ids);
  const config = join(dir, 'dovecot.conf');
  let isStarted = false;
  // If the test process ends without stop() (a crash, a timeout), take the daemon with it.
  const killOnExit = () => {
    try {
      process.kill(Number(readFileSync(join(dir, 'run', 'master.pid'), 'utf8').trim()), 'SIGTERM');
    } catch {
      // Already stopped.
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', killOnExit);
  const stop = async () => {
    process.off('exit', killOnExit);
    try {
      const pidFile = join(dir, 'run', 'master.pid');
      if (isStarted && existsSync(pidFile)) {
        const pid = Number(readFileSync(pidFile, 'utf8').trim());
        process.kill(pid, 'SIGTERM');
        const deadline = Date.now() + 10_000;
        while (existsSync(pidFile) && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
    } finally {
      isStarted = false;
      rmSync(dir, { recursive: true, force: true });
    }
  };
  try {
    let port = 0;
    for (let attempt = 1; !isStarted; attempt++) {
      port = await freePort();
      writeFileSync(config, configText(dir, port));
      try {
        await startDaemon(config);
        await waitForFile(join(dir, 'run', 'master.pid'), 10_000);
        isStarted = true;
      } catch (error) {
        // Someone may have taken the port between our check and the start; try another.
        if (attempt >= 3) throw error;
      }
    }
    return {
      host: '127.0.0.1',
      port,
      user,
      password,
      deliver: (raw) => {
        const name = `${Math.floor(Date.now() / 1000)}.R${process.pid}Q${++delivered}.rebound-test`;
        const path = join(maildir, 'new', name);
        writeFileSync(path, raw);
        chownSync(path, ids.uid, ids.gid);
      },
      changeUidValidity: (value) =>
        runTool(doveadmBin, [
          ...['-c', config, 'mailbox', 'update'],
          ...['--uid-validity', String(value), '-u', user, 'INBOX'],
        ]),
      stop,
    };
  } catch (error) {
    await stop().catch(() => {});
    throw error;
  }
}
