import type { Report } from '../types';
import { orderReportKeys } from './order-keys';

/**
 * The report as pretty JSON: 2-space indent, keys in the contract's order,
 * trailing newline. The same report always gives byte-identical output.
 */
export function renderJson(report: Report): string {
  return `${JSON.stringify(orderReportKeys(report), null, 2)}\n`;
}
