import { execFileSync } from 'node:child_process';

/**
 * A TCP port on 127.0.0.1 that nothing listens on right now, found by asking the system for
 * one (port 0) in a short child process, since Playwright reads its config synchronously.
 */
export function freePort(): number {
  const script =
    "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close();});";
  const port = Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
  if (!Number.isInteger(port) || port <= 0) throw new Error(`could not find a free port (got "${port}")`);
  return port;
}
