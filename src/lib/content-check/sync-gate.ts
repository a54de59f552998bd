/**
 * Where Astro's content sync meets the content check of a build. The sync does not wait for the check to start:
 * each collection's loader runs, then waits for the check's answer on the records (YAML, schemas, references)
 * before it returns. Astro validates references and reports them only after every loader has returned, and a loader
 * that refuses a record stops the sync with a message about that record alone: waiting here, the editor's list of
 * every problem still comes first, while the check and the loaders run at the same time.
 *
 * content.config.ts runs in Vite's module graph, a separate copy of the integration's modules, so the integration
 * hands its gate over through a global symbol. Without one (`astro dev`, which checks before it starts, or
 * `astro sync`), loaders run as Astro's own.
 */
import type { Loader } from 'astro/loaders';

const GATE = Symbol.for('kb.content-check.records-gate');
type RecordsGate = () => Promise<void>;
const holder = globalThis as { [GATE]?: RecordsGate };

/**
 * Set by the content-check integration for one build: resolves when the records pass, throws the list if not.
 * Cleared (undefined) by any other command, so a gate never outlives its build in a long-lived process.
 */
export function setRecordsGate(gate: RecordsGate | undefined): void {
  if (gate) holder[GATE] = gate;
  else delete holder[GATE];
}

/** The loader, followed by the records gate, whether the loader succeeded or refused a record. */
export function gatedLoader(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      let refused: { error: unknown } | undefined;
      try {
        await loader.load(context);
      } catch (error) {
        refused = { error };
      }
      await holder[GATE]?.();
      if (refused) throw refused.error;
    },
  };
}
