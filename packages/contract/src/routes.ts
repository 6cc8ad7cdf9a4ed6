/** The route declarations of the API, one file per domain; the server registers them and the tests walk them. */
import { systemRoutes } from './routes/system.routes.ts'
import { authRoutes } from './routes/auth.routes.ts'
import { officerRoutes } from './routes/officers.routes.ts'
import { catalogueRoutes } from './routes/catalogue.routes.ts'
import { applicationRoutes } from './routes/applications.routes.ts'
import { calendarRoutes } from './routes/calendar.routes.ts'
import { permitRoutes } from './routes/permits.routes.ts'
import { paymentRoutes } from './routes/payments.routes.ts'
import { continuityRoutes } from './routes/continuity.routes.ts'
import { delegationRoutes } from './routes/delegations.routes.ts'
import { transparencyRoutes } from './routes/transparency.routes.ts'
import { privacyRoutes } from './routes/privacy.routes.ts'
import { notificationRoutes } from './routes/notifications.routes.ts'
import { complaintRoutes } from './routes/complaints.routes.ts'
import { signingRoutes } from './routes/signing.routes.ts'
import { statsRoutes } from './routes/stats.routes.ts'
import { integrationRoutes } from './routes/integrations.routes.ts'
import { counterRoutes } from './routes/counter.routes.ts'
import { webhookRoutes } from './routes/webhooks.routes.ts'
import { consentRoutes } from './routes/consents.routes.ts'
import { integrationFilingRoutes } from './routes/integration-filing.routes.ts'
import { backEntryRoutes } from './routes/back-entries.routes.ts'

export {
  systemRoutes,
  authRoutes,
  officerRoutes,
  catalogueRoutes,
  applicationRoutes,
  calendarRoutes,
  permitRoutes,
  paymentRoutes,
  continuityRoutes,
  delegationRoutes,
  transparencyRoutes,
  privacyRoutes,
  notificationRoutes,
  complaintRoutes,
  signingRoutes,
  statsRoutes,
  integrationRoutes,
  counterRoutes,
  webhookRoutes,
  consentRoutes,
  integrationFilingRoutes,
  backEntryRoutes,
}

/** Every route of the API, for the server to register and the tests to walk. */
export const allRoutes = [
  ...Object.values(systemRoutes),
  ...Object.values(authRoutes),
  ...Object.values(officerRoutes),
  ...Object.values(catalogueRoutes),
  ...Object.values(applicationRoutes),
  ...Object.values(calendarRoutes),
  ...Object.values(permitRoutes),
  ...Object.values(paymentRoutes),
  ...Object.values(continuityRoutes),
  ...Object.values(delegationRoutes),
  ...Object.values(transparencyRoutes),
  ...Object.values(privacyRoutes),
  ...Object.values(notificationRoutes),
  ...Object.values(complaintRoutes),
  ...Object.values(signingRoutes),
  ...Object.values(statsRoutes),
  ...Object.values(integrationRoutes),
  ...Object.values(counterRoutes),
  ...Object.values(webhookRoutes),
  ...Object.values(consentRoutes),
  ...Object.values(integrationFilingRoutes),
  ...Object.values(backEntryRoutes),
]
