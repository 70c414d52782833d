import { RawDatabase } from '../schemas/database';
import { SupersetDatabase } from '../types';
import { optional } from './common';

export function toDatabase(raw: RawDatabase): SupersetDatabase {
  return {
    id: raw.id,
    name: raw.database_name,
    backend: raw.backend ?? null,
    uuid: optional(raw.uuid),
  };
}
