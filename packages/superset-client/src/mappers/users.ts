import { RawRelatedUser } from '../schemas/related';
import { SupersetUser } from '../types';
import { optional } from './common';

export function toRelatedUser(raw: RawRelatedUser): SupersetUser {
  return {
    id: raw.value,
    name: raw.text ?? '',
    email: optional(raw.extra?.email),
    active: optional(raw.extra?.active),
  };
}
