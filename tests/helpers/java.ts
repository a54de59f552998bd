/**
 * A Java runtime for the Nu HTML checker (vnu-jar). Under CI a missing Java fails the run; elsewhere the HTML check
 * is skipped with a line saying how to install it (the same rule as Chromium in ./browser.ts).
 */
import { spawnSync } from 'node:child_process';

export const JAVA = process.env.JAVA_PATH ?? 'java';
export const haveJava = spawnSync(JAVA, ['-version'], { stdio: 'ignore' }).status === 0;

if (!haveJava) {
  if (process.env.CI)
    throw new Error(`CI: a Java runtime is required for the HTML check (apt-get install -y default-jre-headless).`);
  console.warn(
    `HTML check skipped: no Java runtime ('${JAVA} -version' failed). Install one with: sudo apt-get install -y default-jre-headless (or set JAVA_PATH).`,
  );
}
