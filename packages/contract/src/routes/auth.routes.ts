/** Accounts and sessions: registration, login, token refresh, logout, the caller. */
import {
  LoginBodySchema,
  MeSchema,
  RefreshBodySchema,
  RegisterApplicantBodySchema,
  SessionSchema,
} from '../identity.ts'
import { defineRoute } from '../route.ts'
import { NoContent } from './no-content.ts'

export const authRoutes = {
  register: defineRoute({
    method: 'POST',
    url: '/api/v1/auth/register',
    access: 'public',
    errors: [
      'nik.format',
      'nik.unknown_province',
      'nik.bad_region',
      'nik.bad_birth_date',
      'nik.bad_serial',
      'phone.invalid',
      'password.too_short',
      'password.too_long',
      'password.too_common',
      'password.contains_personal_data',
      'identity.email_taken',
      'identity.nik_taken',
      'rate_limited',
    ],
    schema: {
      summary: 'Register an applicant account with NIK',
      description:
        'Creates a citizen or business-representative account and logs it in. Each NIK, email and the password are checked; every problem has its own code (e.g. `nik.bad_birth_date`, `password.too_common`). Rate limited per client address (10 a minute by default; `RateLimit-Policy` and `RateLimit` headers give the quota and what is left; 429 `rate_limited` with `Retry-After` past it).',
      tags: ['auth'],
      body: RegisterApplicantBodySchema,
      response: { 201: SessionSchema },
    },
  }),
  login: defineRoute({
    method: 'POST',
    url: '/api/v1/auth/login',
    access: 'public',
    errors: ['auth.invalid_credentials', 'auth.account_deactivated', 'auth.too_many_attempts', 'auth.locked'],
    schema: {
      summary: 'Log in with email and password',
      description:
        'Failed logins are counted per account and address (slowed after 3, locked there for 15 minutes after 10: 429 `auth.too_many_attempts`, 423 `auth.locked`, both with `Retry-After`), per account from addresses it never logged in from (slowed after 5, waits capped at 30 s, never locked) and per address (slowed after 100). A stranger therefore cannot lock the owner out.',
      tags: ['auth'],
      body: LoginBodySchema,
      response: { 200: SessionSchema },
    },
  }),
  refresh: defineRoute({
    method: 'POST',
    url: '/api/v1/auth/refresh',
    access: 'public',
    errors: ['auth.refresh_invalid', 'auth.refresh_reused'],
    schema: {
      summary: 'Exchange a refresh token for a new session',
      description:
        'Refresh tokens rotate: each works once. Presenting a used one revokes its whole family (`auth.refresh_reused`).',
      tags: ['auth'],
      body: RefreshBodySchema,
      response: { 200: SessionSchema },
    },
  }),
  logout: defineRoute({
    method: 'POST',
    url: '/api/v1/auth/logout',
    access: 'public',
    schema: {
      summary: 'Log out: revoke the session family of this refresh token',
      tags: ['auth'],
      body: RefreshBodySchema,
      response: { 204: NoContent },
    },
  }),
  me: defineRoute({
    method: 'GET',
    url: '/api/v1/me',
    access: 'authenticated',
    schema: { summary: 'The logged-in account', tags: ['auth'], response: { 200: MeSchema } },
  }),
}
