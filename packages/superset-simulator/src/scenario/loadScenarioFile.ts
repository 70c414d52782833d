import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseScenarioFile, ScenarioFile } from './parseScenario';

/** Reads a scenario file (JSON by extension, YAML otherwise) and validates it. */
export function loadScenarioFile(path: string): ScenarioFile {
  const text = readFileSync(path, 'utf8');
  let raw: unknown;
  try {
    raw =
      extname(path).toLowerCase() === '.json'
        ? JSON.parse(text)
        : parseYaml(text);
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`);
  }
  try {
    return parseScenarioFile(raw);
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`);
  }
}
