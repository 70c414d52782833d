import fs from 'node:fs';
import path from 'node:path';

/** Prints a benchmark's figures and keeps them in bench/results/<name>.json for closing notes. */
export function report(name: string, figures: Record<string, unknown>) {
  const line = {
    benchmark: name,
    at: new Date().toISOString(),
    node: process.version,
    ...figures,
  };
  const dir = path.join(__dirname, 'results');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(
    path.join(dir, `${name}.json`),
    `${JSON.stringify(line, null, 2)}\n`,
  );
  console.log(JSON.stringify(line));
}
