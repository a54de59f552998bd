// The record collections of the corpus, read as they are: no schemas, no references.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const root = process.env.KB_CONTENT_DIR;
if (!root) throw new Error('KB_CONTENT_DIR is not set: the bare baseline builds the benchmark corpus');
const entries = (dir: string) =>
  defineCollection({ loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: `${root}/${dir}` }) });

export const collections = {
  convention: entries('convention'),
  commitments: entries('commitments'),
  naps: entries('naps'),
  practices: entries('practices'),
  press: entries('press'),
};
