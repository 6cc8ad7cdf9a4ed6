/** Accounts and sessions: registration, login, token refresh, logout, the caller. */
import {
  AcceptedSchema,
  ChangePasswordBodySchema,
  ContactChangeBodySchema,
  ContactChangeConfirmBodySchema,
  ContactChangeStartedSchema,
  LoginBodySchema,
  MeSchema,
  PasswordResetCodeBodySchema,
  PasswordResetConfirmBodySchema,
  PasswordResetRequestBodySchema,
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
      'email.invalid',
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
  requestPasswordReset: defineRoute({
    method: 'POST',
    url: '/api/v1/auth/password-reset',
    access: 'public',
    errors: ['rate_limited'],
    schema: {
      summary: 'Forgotten password: send a reset link (email) or code (SMS)',
      description:
        'Always answers 202 `{ accepted: true }`, whether or not an account has this email, so accounts cannot be found out this way. If one has, a single-use link valid 30 minutes goes to its email (`channel: email`), or a 6-digit code valid 15 minutes to its mobile number (`channel: sms`); a new request replaces the previous link or code. Limited per email (5 an hour) and per client address (20 an hour): 429 `rate_limited` with `Retry-After`, equally for every email.',
      tags: ['auth'],
      body: PasswordResetRequestBodySchema,
      response: { 202: AcceptedSchema },
    },
  }),
  confirmPasswordReset: defineRoute({
    method: 'POST',
    url: '/api/v1/auth/password-reset/confirm',
    access: 'public',
    errors: [
      'auth.reset_invalid',
      'auth.reset_expired',
      'auth.reset_used',
      'password.too_short',
      'password.too_long',
      'password.too_common',
      'password.contains_personal_data',
    ],
    schema: {
      summary: 'Set a new password with the token of a reset link',
      description:
        'The token works once: of concurrent uses exactly one succeeds, the others get 409 `auth.reset_used`. Every session of the account ends; log in with the new password.',
      tags: ['auth'],
      body: PasswordResetConfirmBodySchema,
      response: { 204: NoContent },
    },
  }),
  confirmPasswordResetCode: defineRoute({
    method: 'POST',
    url: '/api/v1/auth/password-reset/code',
    access: 'public',
    errors: [
      'auth.code_invalid',
      'password.too_short',
      'password.too_long',
      'password.too_common',
      'password.contains_personal_data',
      'rate_limited',
    ],
    schema: {
      summary: 'Set a new password with the 6-digit code sent by SMS',
      description:
        'One answer, 422 `auth.code_invalid`, for a wrong, expired or used code and for an email without an account. A code may be tried 5 times, then it stops working. Every session of the account ends.',
      tags: ['auth'],
      body: PasswordResetCodeBodySchema,
      response: { 204: NoContent },
    },
  }),
  changePassword: defineRoute({
    method: 'POST',
    url: '/api/v1/me/password',
    access: 'authenticated',
    errors: [
      'auth.wrong_password',
      'password.too_short',
      'password.too_long',
      'password.too_common',
      'password.contains_personal_data',
      'rate_limited',
    ],
    schema: {
      summary: 'Change the password (the current one is required)',
      description:
        'Ends every other session of the account (their refresh and access tokens stop working) and answers a new session for this one.',
      tags: ['auth'],
      body: ChangePasswordBodySchema,
      response: { 200: SessionSchema },
    },
  }),
  requestContactChange: defineRoute({
    method: 'POST',
    url: '/api/v1/me/contact',
    access: 'authenticated',
    errors: [
      'auth.wrong_password',
      'auth.same_contact',
      'email.invalid',
      'phone.invalid',
      'identity.email_taken',
      'rate_limited',
    ],
    schema: {
      summary: 'Start changing the email or mobile number: a code goes to the new address',
      description:
        'The current password is required. A 6-digit code valid 15 minutes is sent to the new address (email, or SMS for a phone); the account keeps its old address until the code is confirmed.',
      tags: ['auth'],
      body: ContactChangeBodySchema,
      response: { 202: ContactChangeStartedSchema },
    },
  }),
  confirmContactChange: defineRoute({
    method: 'POST',
    url: '/api/v1/me/contact/confirm',
    access: 'authenticated',
    errors: ['auth.code_invalid', 'identity.email_taken'],
    schema: {
      summary: 'Confirm the new email or mobile number with the code sent to it',
      description: 'A code may be tried 5 times; a wrong, expired or used code answers 422 `auth.code_invalid`.',
      tags: ['auth'],
      body: ContactChangeConfirmBodySchema,
      response: { 200: MeSchema },
    },
  }),
  me: defineRoute({
    method: 'GET',
    url: '/api/v1/me',
    access: 'authenticated',
    schema: { summary: 'The logged-in account', tags: ['auth'], response: { 200: MeSchema } },
  }),
}
