/**
 * Why a window could not be planned; stable codes so callers can branch without parsing text.
 *
 * @public
 */
export type WindowPlanErrorCode =
  | 'invalid-window'
  | 'invalid-date'
  | 'unknown-timezone'
  | 'empty-window'
  | 'no-entities'
  | 'duplicate-entities'
  | 'not-a-window-day'
  | 'too-dense'
  | 'window-over';

/**
 * A planning request that cannot be satisfied. `field` names the input at fault in the request's own
 * terms (`window.timezone`, `entityRefs`, `date`), so an HTTP layer can answer 400 with it as is.
 *
 * @public
 */
export class WindowPlanError extends Error {
  /** Always `WindowPlanError`. */
  readonly name = 'WindowPlanError';

  constructor(
    /** Why the window could not be planned. */
    readonly code: WindowPlanErrorCode,
    /** The request input at fault, e.g. `window.timezone`. */
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}
