/**
 * The product list's query parameters checked by hand, as a plain Express or node:http app would: the
 * same rules as the product service's ProductListQuery schema (unknown parameters, types, ranges, the
 * sort names, defaults) and the same 400 error codes, without a schema library. Shared by the Express and
 * the raw node:http contenders so both do exactly the same work.
 */

export const sortNames = ['featured', 'price_asc', 'price_desc', 'rating', 'newest', 'name'] as const;
export type SortName = (typeof sortNames)[number];

export interface ListParams {
  q?: string;
  category?: string;
  brand?: string;
  minPrice?: number;
  maxPrice?: number;
  inStock?: boolean;
  sort: SortName;
  limit: number;
  cursor?: string;
}

export interface ParamProblem {
  status: 400;
  code: string;
  message: string;
  details: { in: string; path: string; message: string }[];
}

export class BadParams extends Error {
  readonly problem: ParamProblem;
  constructor(code: string, message: string, detail: { path: string; message: string }) {
    super(message);
    this.problem = { status: 400, code, message, details: [{ in: 'querystring', ...detail }] };
  }
}

const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const invalid = (key: string, message: string) =>
  new BadParams('VALIDATION_FAILED', `querystring/${key} ${message}`, { path: `/${key}`, message });

function text(key: string, value: string, min: number, max: number): string {
  if (value.length < min) throw invalid(key, `must NOT have fewer than ${min} characters`);
  if (value.length > max) throw invalid(key, `must NOT have more than ${max} characters`);
  return value;
}

function integer(key: string, value: string, min: number, max: number): number {
  const n = value.trim() === '' ? Number.NaN : Number(value);
  if (!Number.isInteger(n)) throw invalid(key, 'must be integer');
  if (n < min) throw invalid(key, `must be >= ${min}`);
  if (n > max) throw invalid(key, `must be <= ${max}`);
  return n;
}

type Raw = Record<string, string | string[] | undefined>;

/** The validated parameters, with defaults; throws BadParams with the service's error code. */
export function parseListParams(raw: Raw): ListParams {
  const params: ListParams = { sort: 'featured', limit: 24 };
  for (const [key, given] of Object.entries(raw)) {
    if (given === undefined) continue;
    if (Array.isArray(given) && given.length !== 1) throw invalid(key, 'must be a single value');
    const value = Array.isArray(given) ? (given[0] as string) : given;
    switch (key) {
      case 'q':
        params.q = text(key, value, 1, 100);
        break;
      case 'category':
        params.category = text(key, value, 1, 80);
        if (!slug.test(value)) throw invalid(key, `must match pattern "${slug.source}"`);
        break;
      case 'brand':
        params.brand = text(key, value, 1, 80);
        break;
      case 'minPrice':
      case 'maxPrice':
        params[key] = integer(key, value, 0, 1e12);
        break;
      case 'inStock':
        if (value !== 'true' && value !== 'false') throw invalid(key, 'must be boolean');
        params.inStock = value === 'true';
        break;
      case 'sort':
        if (!(sortNames as readonly string[]).includes(value)) throw invalid(key, 'must be a known sort');
        params.sort = value as SortName;
        break;
      case 'limit':
        params.limit = integer(key, value, 1, 60);
        break;
      case 'cursor':
        params.cursor = text(key, value, 1, 512);
        break;
      default:
        throw invalid(key, 'is not an allowed field');
    }
  }
  if (params.minPrice !== undefined && params.maxPrice !== undefined && params.minPrice > params.maxPrice) {
    throw new BadParams('INVALID_PRICE_RANGE', 'minPrice must not be greater than maxPrice', {
      path: '/minPrice',
      message: 'is greater than maxPrice',
    });
  }
  return params;
}
