/**
 * What an organization pays: invoices, their line items and the charges made against them, and
 * the licenses it holds. Read-only; an invoice belongs to an organization, its items and charges
 * to the invoice.
 */
import type { ResourceDescription } from '../types.js';

const BILLING_TTL_MS = 60_000;

export const invoices: ResourceDescription = {
  group: 'invoices',
  type: 'Invoice',
  plural: 'invoices',
  description: 'A bill of one organization for one period.',
  operations: { list: 'ListInvoices', get: 'GetInvoice' },
  batch: 'each',
  ttlMs: BILLING_TTL_MS,
  order: { key: 'created', descending: true },
  filters: [
    { key: 'id', type: 'Int', name: 'number', description: 'Only the invoice with this numeric id.' },
    { key: 'open', type: 'Boolean', description: 'Only open (or only settled) invoices.' },
    { key: 'organisation', type: 'DivioId', name: 'organizationId', description: 'Only invoices of this organization.' },
  ],
  fields: [
    { key: 'number', type: 'String', description: 'The invoice number printed on it.' },
    { key: 'created', type: 'DateTime', description: 'When it was issued.' },
    { key: 'period', type: 'String', description: 'The billing period it covers, as text.' },
    { key: 'billing_currency', type: 'String', description: 'Currency of its amounts (ISO 4217, e.g. EUR).' },
    { key: 'charge_total', type: 'String', description: 'Total to pay, as decimal text.' },
    { key: 'status', type: 'String', description: 'Where it stands in being paid, e.g. open or paid (the seed lists no values).' },
    { key: 'charge_date', type: 'String', description: 'The day it is (or was) charged (YYYY-MM-DD).' },
    { key: 'organisation', name: 'organizationId', type: 'DivioId', description: 'The Divio organization billed (Divio spells it organisation).' },
    { key: 'receipt', type: 'String', description: 'URL of the receipt, once paid.' },
    { key: 'payment_methods', type: 'String', description: 'How it may be paid.' },
    { key: 'charge_info', type: 'String', description: 'Notes about the charge.' },
    { key: 'extra_info', type: 'String', description: 'Extra text printed on the invoice.' },
  ],
};

export const invoiceItems: ResourceDescription = {
  group: 'invoice-items',
  type: 'InvoiceItem',
  plural: 'invoiceItems',
  description: 'One line of an invoice: what was billed, for which period, and its total.',
  operations: { list: 'ListInvoiceItems', get: 'GetInvoiceItem' },
  batch: 'each',
  ttlMs: BILLING_TTL_MS,
  parent: { type: 'Invoice', filter: 'invoice', field: 'items', description: 'The lines of this invoice.' },
  filters: [{ key: 'invoice', type: { ref: 'Invoice' }, description: 'Only lines of this invoice.' }],
  fields: [
    { key: 'invoice', type: { ref: 'Invoice' }, description: 'The invoice it is a line of.' },
    { key: 'title', type: 'String', description: 'What the line says.' },
    { key: 'item_id', type: 'Int', description: 'Numeric id of the billed object.' },
    { key: 'item_name', type: 'String', description: 'Name of the billed object (an application, a service).' },
    { key: 'item_class_name', type: 'String', description: 'Kind of the billed object.' },
    { key: 'item_url', type: 'String', description: 'Where the billed object can be seen.' },
    { key: 'item_obj_archived', type: 'Boolean', description: 'The billed object has been archived since.' },
    { key: 'duration', type: 'String', description: 'How long it was billed for, as text.' },
    { key: 'options', type: 'String', description: 'Options of the billed plan, as text.' },
    { key: 'is_website_additional_service', type: 'Boolean', description: 'An add-on of an application rather than its plan.' },
    { key: 'start', type: 'DateTime', description: 'Start of the billed period.' },
    { key: 'end', type: 'DateTime', description: 'End of the billed period.' },
    { key: 'total', type: 'String', description: 'Amount of the line, as decimal text.' },
  ],
};

export const charges: ResourceDescription = {
  group: 'charges',
  type: 'Charge',
  plural: 'charges',
  description: 'One attempt to collect the money of an invoice.',
  operations: { list: 'ListCharges', get: 'GetCharge' },
  batch: 'each',
  ttlMs: BILLING_TTL_MS,
  parent: { type: 'Invoice', filter: 'invoice', field: 'charges', description: 'The attempts to collect this invoice.' },
  filters: [{ key: 'invoice', type: { ref: 'Invoice' }, description: 'Only charges of this invoice.' }],
  fields: [
    { key: 'invoice', type: { ref: 'Invoice' }, description: 'The invoice it collects.' },
    { key: 'currency', type: 'String', description: 'Currency (ISO 4217).' },
    { key: 'amount', type: 'Int', description: 'Amount in the smallest unit of the currency (cents).' },
    { key: 'charged_at', type: 'DateTime', description: 'When it was attempted.' },
    { key: 'status', type: 'String', description: 'Its outcome, e.g. succeeded or failed (the seed lists no values).' },
    { key: 'charge_target', type: 'String', description: 'The payment method charged, as text (e.g. a masked card).' },
    { key: 'fail_message', type: 'String', description: 'Why it failed, when it did.' },
  ],
};

export const licenses: ResourceDescription = {
  group: 'licenses',
  type: 'License',
  plural: 'licenses',
  description: 'A license the organization holds (the API lists them without a documented shape).',
  operations: { list: 'ListLicenses' },
  batch: 'catalog',
  ttlMs: BILLING_TTL_MS,
  fields: [{ key: '*', name: 'data', type: 'JSON', description: 'The license as the API sends it (free-form JSON: the API documents no shape).' }],
};
