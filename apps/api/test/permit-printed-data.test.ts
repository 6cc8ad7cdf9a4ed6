import { canonicalJson } from '@pintu/contract'
import { createPublicKey, verify } from 'node:crypto'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applicationHelpers, officerCrew } from './support/applications.ts'
import { createTestApp, createTestClock, queryRows, type TestApp } from './support/test-app.ts'

// PDF.js reads the metrics of the 14 standard fonts (pdfkit's Helvetica) from the package's own files.
const standardFontDataUrl = `${join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`

/** The text of every page, read back by a real PDF reader (PDF.js), one line per text item run. */
async function pdfText(pdf: Buffer): Promise<{ text: string; pages: number }> {
  const task = getDocument({ data: new Uint8Array(pdf), standardFontDataUrl })
  const doc = await task.promise
  const lines: string[] = []
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent()
    let line = ''
    for (const item of content.items) {
      if (!('str' in item)) continue
      line += item.str
      if (item.hasEOL) {
        lines.push(line)
        line = ''
      }
    }
    if (line) lines.push(line)
  }
  const pages = doc.numPages
  await task.destroy()
  return { text: lines.join('\n').replace(/[ \t]+/g, ' '), pages }
}

describe('what a permit prints: key data, Indonesian dates, the kind in words, the catalogue’s validity', () => {
  const clock = createTestClock(new Date('2026-12-01T10:00:00+07:00'))
  let t: TestApp
  let h: ReturnType<typeof applicationHelpers>
  let team: Awaited<ReturnType<typeof officerCrew>>
  let applicant: Awaited<ReturnType<TestApp['account']>>
  beforeAll(async () => {
    t = await createTestApp({ clock })
    h = applicationHelpers(t)
    team = await officerCrew(t)
    applicant = await t.account(['applicant'], { fullName: 'Budi Santoso' })
  })
  afterAll(() => t.close())

  const building = {
    bangunan_nama: 'Rumah tinggal dua lantai',
    bangunan_luas_lantai: 1250.5,
    bangunan_luas_tanah: 300,
    bangunan_nomor_sertifikat: 'SHM 1234/Cihapit',
    lokasi_bangunan_alamat: 'Jl. Cihapit No. 12',
    lokasi_bangunan_kelurahan: 'Cihapit',
  }

  /** A building permit (IMB) up to the signing stage; returns the file and the signer holding it. */
  async function imbAtSigning() {
    const draft = await h.readyDraft(applicant, 'IMB')
    const filled = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${draft.id}/form`,
      headers: applicant.headers,
      payload: { version: draft.version, data: building },
    })
    expect(filled.statusCode, filled.body).toBe(200)
    let app = (await h.act(applicant, draft.id, 'submit', { version: filled.json().version })).json().application
    for (const [action, extra] of [
      ['accept', {}],
      ['complete_review', { report: 'Bangunan sesuai rencana tata ruang.' }],
      ['approve', {}],
    ] as const) {
      const officer = team.byId(await h.assigneeId(draft.id))!
      app = (await h.act(officer, draft.id, action, { version: app.version, ...extra })).json().application
    }
    const invoice = (
      await t.app.inject({ method: 'GET', url: `/api/v1/applications/${draft.id}/invoice`, headers: applicant.headers })
    ).json()
    const paid = await t.app.inject({
      method: 'POST',
      url: '/api/v1/bank-simulator/payments',
      headers: applicant.headers,
      payload: { virtualAccount: invoice.virtualAccount },
    })
    expect(paid.json()).toEqual({ outcome: 'applied' })
    app = (await h.get(applicant, draft.id)).json()
    expect(app.status).toBe('signing')
    return { id: draft.id as string, version: app.version as number, signer: team.byId(await h.assigneeId(draft.id))! }
  }

  it('prints and signs the building’s address, areas and land title, the kind in words, long Indonesian dates', async () => {
    const { id, version, signer } = await imbAtSigning()
    const signed = await h.act(signer, id, 'sign', { version })
    expect(signed.statusCode, signed.body).toBe(200)
    const permit = (
      await t.app.inject({ method: 'GET', url: `/api/v1/applications/${id}/permit`, headers: applicant.headers })
    ).json()
    const printed = permit.permit
    // The key data is inside the signed data: verification covers it.
    expect(printed.particulars).toEqual(
      expect.arrayContaining([
        {
          key: 'lokasi_bangunan_alamat',
          label: expect.objectContaining({ id: 'Alamat bangunan' }),
          value: 'Jl. Cihapit No. 12',
        },
        { key: 'bangunan_luas_lantai', label: expect.any(Object), value: '1.250,5 m²' },
        { key: 'bangunan_nomor_sertifikat', label: expect.any(Object), value: 'SHM 1234/Cihapit' },
      ]),
    )
    expect(printed.particulars.map((p: { key: string }) => p.key)).not.toContain('pemohon_nik')
    expect(printed.validUntil).toBeNull()
    expect(printed.validityNote.id).toMatch(/paling lambat 6 bulan sejak izin terbit/)
    const key = (await t.app.inject({ method: 'GET', url: '/api/v1/permits/public-key' })).json()
    const ok = (data: unknown) =>
      verify(
        null,
        Buffer.from(canonicalJson(data)),
        createPublicKey(key.publicKeyPem),
        Buffer.from(permit.signature.value, 'base64'),
      )
    expect(ok(printed)).toBe(true)
    const altered = structuredClone(printed)
    altered.particulars[0].value = 'Jl. Lain No. 1'
    expect(ok(altered)).toBe(false)

    const pdf = await t.app.inject({
      method: 'GET',
      url: `/api/v1/applications/${id}/permit.pdf`,
      headers: applicant.headers,
    })
    expect(pdf.statusCode).toBe(200)
    const { text, pages } = await pdfText(pdf.rawPayload)
    expect(pages).toBe(1)
    expect(text).toContain('Jl. Cihapit No. 12')
    expect(text).toContain('1.250,5 m²')
    expect(text).toContain('SHM 1234/Cihapit')
    expect(text).toContain('Cihapit')
    expect(text).toContain('Budi Santoso')
    expect(text).toMatch(/Jenis permohonan\s*: Baru/)
    expect(text).toMatch(/Tanggal terbit\s*: 1 Desember 2026/)
    expect(text).toContain('Bandung, 1 Desember 2026')
    expect(text).not.toContain('2026-12-01')
    // The validity agrees with the catalogue: no end date, and its 6-month condition printed.
    expect(text).toMatch(/Masa berlaku\s*: Tidak ada tanggal berakhir/)
    expect(text).toMatch(/paling lambat 6 bulan/)
    expect(text).not.toContain('Selama kegiatan')
    expect(text).not.toContain('3273014508900001')
  })

  it('previews for the signer exactly what signing prints, and audits the read of the holder’s name', async () => {
    const { id, version, signer } = await imbAtSigning()
    const audits = async () =>
      (
        await queryRows<{ n: number }>(
          t.db,
          sql`select count(*)::int as n from audit_log where action = 'application.personal_data_read' and entity_id = ${id}`,
        )
      )[0]!.n
    const before = await audits()
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/applications/${id}/permit-preview`,
      headers: signer.headers,
    })
    expect(res.statusCode, res.body).toBe(200)
    const preview = res.json()
    expect(preview.numberPreview).toMatch(/^640\/…\/IMB\/DPMPTSP\/XII\/2026$/)
    expect(preview.printed.holderName).toBe('Budi Santoso')
    expect(await audits()).toBe(before + 1)

    await h.act(signer, id, 'sign', { version })
    const issued = (
      await t.app.inject({ method: 'GET', url: `/api/v1/applications/${id}/permit`, headers: applicant.headers })
    ).json().permit
    expect({ ...preview.printed, number: issued.number }).toEqual(issued)
  })

  it('refuses the preview to anyone but the holder of the signing stage, and outside signing', async () => {
    const { id, version, signer } = await imbAtSigning()
    const other = [team.crew.signer1!, team.crew.signer2!].find((s) => s.user.id !== signer.user.id)!
    const url = `/api/v1/applications/${id}/permit-preview`
    const byOther = await t.app.inject({ method: 'GET', url, headers: other.headers })
    expect(byOther.statusCode).toBe(403)
    expect(byOther.json().error.code).toBe('applications.not_assigned')
    expect((await t.app.inject({ method: 'GET', url, headers: applicant.headers })).statusCode).toBe(403)
    const treasurer = await t.account(['treasurer'])
    expect((await t.app.inject({ method: 'GET', url, headers: treasurer.headers })).statusCode).toBe(403)
    await h.act(signer, id, 'sign', { version })
    const after = await t.app.inject({ method: 'GET', url, headers: signer.headers })
    expect(after.statusCode).toBe(409)
    expect(after.json().error.code).toBe('permits.not_signing')
  })
})
