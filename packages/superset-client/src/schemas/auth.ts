import { z } from 'zod';

/** `POST /api/v1/security/login`; the refresh token is there because the client asks with refresh:true. */
export const loginResponseSchema = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1).nullish(),
});

/** `POST /api/v1/security/refresh`: a new (non-fresh) access token only. */
export const refreshResponseSchema = z.object({
  access_token: z.string().min(1),
});
