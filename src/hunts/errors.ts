/** Stable codes for everything that can go wrong with a hunt template or its parameters. */
export type HuntErrorCode =
  | 'hunt_template_invalid'
  | 'hunt_template_unreadable'
  | 'hunt_template_duplicate'
  | 'hunt_template_unknown'
  | 'hunt_parameter_syntax'
  | 'hunt_parameter_unknown'
  | 'hunt_parameter_invalid'
  | 'hunt_lint_unavailable'
  | 'hunt_pivot_value';

/** A hunt error whose message is written for the analyst who typed the command or wrote the template. */
export class HuntError extends Error {
  readonly code: HuntErrorCode;

  constructor(code: HuntErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'HuntError';
    this.code = code;
  }
}
