/**
 * An error the user can act on: what failed, for which URL, and what to do. The CLI prints its
 * message without a stack trace and exits with `exitCode`.
 */
export class AuditError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 2) {
    super(message);
    this.name = 'AuditError';
    this.exitCode = exitCode;
  }
}

/** Raised when the user interrupted the audit; what was fetched is on disk for --resume. */
export class AuditInterrupted extends AuditError {
  constructor(outDir: string) {
    super(`Audit interrupted. What was fetched is saved in ${outDir}/snapshot; run the same command with --resume to continue.`, 130);
    this.name = 'AuditInterrupted';
  }
}
