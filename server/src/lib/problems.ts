/**
 * Expected failures are values: routes throw an `HttpProblem`, the one error handler turns it
 * into an RFC 9457 problem document. Each kind of problem has a stable `type` URI.
 */
export interface FieldError {
  path: string;
  message: string;
}

export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly slug: string,
    readonly title: string,
    readonly detail: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
  }
}

export const problemType = (slug: string) => `https://popdesk.app/problems/${slug}`;

export const badRequest = (detail: string, errors?: FieldError[]) =>
  new HttpProblem(400, 'validation-error', 'Invalid request', detail, errors ? { errors } : {});
export const unauthorized = (detail = 'Log in to continue.') =>
  new HttpProblem(401, 'unauthorized', 'Not authenticated', detail);
export const forbidden = (detail = 'You may not do this.') => new HttpProblem(403, 'forbidden', 'Forbidden', detail);
export const notFound = (what: string) => new HttpProblem(404, 'not-found', 'Not found', `${what} does not exist.`);
export const conflict = (slug: string, title: string, detail: string) => new HttpProblem(409, slug, title, detail);
export const businessRule = (slug: string, title: string, detail: string) => new HttpProblem(422, slug, title, detail);
