/** Stable codes for everything that can go wrong with a hunt template or its parameters. */
export type HuntErrorCode =
  | 'huntops_hunt_template_invalid'
  | 'huntops_hunt_template_unreadable'
  | 'huntops_hunt_template_duplicate'
  | 'huntops_hunt_template_unknown'
  | 'huntops_hunt_parameter_syntax'
  | 'huntops_hunt_parameter_unknown'
  | 'huntops_hunt_parameter_invalid'
  | 'huntops_hunt_lint_unavailable'
  | 'huntops_hunt_pivot_value';

/** A hunt error whose message is written for the analyst who typed the command or wrote the template. */
export class HuntError extends Error {
  readonly code: HuntErrorCode;

  constructor(code: HuntErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'HuntError';
    this.code = code;
  }
}
