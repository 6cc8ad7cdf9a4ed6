/** The applicant's own data (UU 27/2022 on personal data protection: the right to access and a copy). */
import { MyDataSchema } from '../applications.ts'
import { defineRoute } from '../route.ts'

export const privacyRoutes = {
  myData: defineRoute({
    method: 'GET',
    url: '/api/v1/me/data',
    access: ['applicant'],
    schema: {
      summary: 'Download my data (applicants)',
      description:
        "Everything Pintu keeps about the calling applicant as one JSON document: the account (full NIK, name, email, phone), and each application with its answers, the metadata of its documents and its timeline. Only the caller's own data; every export is recorded in the audit log. Sent as an attachment (`pintu-data-saya.json`) with `Cache-Control: no-store`.",
      tags: ['privacy'],
      response: { 200: MyDataSchema },
    },
  }),
}
