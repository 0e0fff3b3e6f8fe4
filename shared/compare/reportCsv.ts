import { toCsv } from '../export/csv';
import type { CablingResult } from './cabling';
import { sortCablingResults } from './report';

/** The cabling check as a spreadsheet (CLI `--format csv`); apart so the app's bundle needs no CSV writer. */
export function cablingCsv(results: CablingResult[]): string {
  const header = [
    'status',
    'cable',
    'label',
    'a_device',
    'a_port',
    'b_device',
    'b_port',
    'seen',
    'partner',
    'message',
  ];
  const rows = sortCablingResults(results).map((r) => [
    r.status,
    r.cable ?? '',
    r.label ?? '',
    r.a.hostname,
    r.a.port,
    r.b.hostname,
    r.b.port,
    r.seen
      .map((s) => `${s.from.hostname}:${s.from.port} > ${s.to.hostname}:${s.to.port}`)
      .join('; '),
    r.partner ?? '',
    r.message,
  ]);
  return toCsv(header, rows);
}
