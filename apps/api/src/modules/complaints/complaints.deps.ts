import type { Clock } from '../../clock.ts'
import type { Db } from '../../db/database.ts'
import type { ApplicationsModule } from '../applications/applications.module.ts'
import type { NonWorkingDays } from '../calendar/non-working-days.ts'
import type { CatalogueRepository } from '../catalogue/catalogue.repository.ts'
import type { ChangeRecord } from '../changes/change-record.ts'
import type { DocumentStorage } from '../documents/document-storage.ts'
import type { Office } from '../offices/offices.repository.ts'
import type { ComplaintsRepository } from './complaints.repository.ts'

export interface ComplaintsDeps {
  db: Db
  clock: Clock
  office: Office
  complaints: ComplaintsRepository
  changes: ChangeRecord
  /** Where attachments are kept, beside the applications' documents. */
  storage: DocumentStorage
  nonWorkingDays: NonWorkingDays
  catalogue: Pick<CatalogueRepository, 'findType'>
  applications: Pick<ApplicationsModule, 'loadVisible'>
}
