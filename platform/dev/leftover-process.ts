// Pid files for child servers, so a start after a hard kill can stop what the earlier run left behind.
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';

export async function stopLeftoverProcess(pidFile: string, mustContain: string): Promise<number | undefined> {
  if (!existsSync(pidFile)) return undefined;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  await rm(pidFile, { force: true });
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  let cmdline: string;
  try {
    cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return undefined;
  }
  if (!cmdline.includes(mustContain)) return undefined;
  process.kill(pid, mustContain === 'postgres' ? 'SIGINT' : 'SIGTERM');
  for (let i = 0; i < 100 && existsSync(`/proc/${pid}`); i++) await new Promise((resolve) => setTimeout(resolve, 100));
  if (existsSync(`/proc/${pid}`)) process.kill(pid, 'SIGKILL');
  return pid;
}

export async function writePidFile(pidFile: string, pid: number | undefined): Promise<void> {
  if (pid) await writeFile(pidFile, `${pid}\n`);
}
