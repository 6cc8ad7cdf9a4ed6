import type { ErrorEntry } from './error-entry.ts'

/** The transparency log: tiles, checkpoints and proofs. */
export const transparencyErrors = {
  'transparency.bad_tile_path': {
    status: 400,
    id: 'Alamat tile tidak sesuai format C2SP tlog-tiles.',
    en: 'The tile path does not follow the C2SP tlog-tiles format.',
  },
  'transparency.tile_not_found': {
    status: 404,
    id: 'Tile ini belum ada di log.',
    en: 'This tile is not in the log yet.',
  },
  'transparency.beyond_tree': {
    status: 422,
    id: 'Ukuran pohon atau posisi melebihi checkpoint terbaru ({treeSize}).',
    en: 'The tree size or position is beyond the latest checkpoint ({treeSize}).',
  },
  'transparency.empty_log': {
    status: 404,
    id: 'Log belum memiliki checkpoint.',
    en: 'The log has no checkpoint yet.',
  },
  'transparency.verify_running': {
    status: 409,
    id: 'Pemeriksaan log sedang berjalan; coba lagi setelah selesai.',
    en: 'A check of the log is already running; try again when it has finished.',
  },
} as const satisfies Record<string, ErrorEntry>
