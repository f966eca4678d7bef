/** HTTP calls of the soak: each timed under an operation name; a 5xx or an unexpected status is an error. */

export interface Sample {
  op: string;
  at: number;
  ms: number;
  status: number;
}

export interface SoakError {
  op: string;
  at: number;
  status: number;
  detail: string;
}

export class Recorder {
  readonly samples: Sample[] = [];
  readonly errors: SoakError[] = [];

  record(sample: Sample): void {
    this.samples.push(sample);
  }

  fail(error: SoakError): void {
    this.errors.push(error);
    if (this.errors.length <= 20)
      process.stderr.write(`[soak] ERROR ${error.op}: ${error.status} ${error.detail.slice(0, 300)}\n`);
  }
}

export interface Answer<T> {
  status: number;
  body: T;
  bytes?: Buffer;
}

export class SoakClient {
  constructor(
    readonly baseUrl: string,
    private readonly recorder: Recorder,
  ) {}

  /**
   * One timed call. `expect` lists the statuses that are part of the workload (e.g. 409 for a
   * decision that raced another); anything else, and any 5xx, is recorded as an error.
   */
  async call<T = any>(
    op: string,
    method: string,
    path: string,
    options: { token?: string; json?: unknown; form?: FormData; binary?: boolean; expect?: number[] } = {},
  ): Promise<Answer<T> | undefined> {
    const started = performance.now();
    const at = Date.now();
    let status = 0;
    try {
      const response = await fetch(this.baseUrl + path, {
        method,
        headers: {
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...(options.json !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        body: options.form ?? (options.json !== undefined ? JSON.stringify(options.json) : undefined),
      });
      status = response.status;
      const bytes = Buffer.from(await response.arrayBuffer());
      const ms = performance.now() - started;
      this.recorder.record({ op, at, ms, status });
      const expected = options.expect ?? [200, 201];
      if (!expected.includes(status)) {
        this.recorder.fail({
          op,
          at,
          status,
          detail: `${method} ${path}: ${bytes.toString('utf8', 0, 500)}`,
        });
        return undefined;
      }
      const text = options.binary ? '' : bytes.toString('utf8');
      const body = (
        text && /json/.test(response.headers.get('content-type') ?? '') ? JSON.parse(text) : undefined
      ) as T;
      return { status, body, bytes: options.binary ? bytes : undefined };
    } catch (error) {
      this.recorder.record({ op, at, ms: performance.now() - started, status });
      this.recorder.fail({ op, at, status, detail: `${method} ${path}: ${(error as Error).message}` });
      return undefined;
    }
  }
}
