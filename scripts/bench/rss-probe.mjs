// Loaded with --import into the measured build: writes the process's peak resident memory on exit.
import { writeFileSync } from 'node:fs';
process.on('exit', () => {
  if (process.env.KB_BENCH_RSS_FILE)
    writeFileSync(process.env.KB_BENCH_RSS_FILE, String(process.resourceUsage().maxRSS * 1024));
});
