import type { BackendErrorCode } from '../../backends/index.ts';
import type { BlockProviderErrorCode, GuardrailConfigError } from '../../blocking/index.ts';
import type { ConfigError } from '../../config/index.ts';
import type { HuntErrorCode } from '../../hunts/index.ts';
import type { IntelErrorCode } from '../../intel/index.ts';
import type { RemoteConfigError } from '../../remote/index.ts';
import type { StoreError } from '../../store/index.ts';
import type { CardActionError } from '../actions.ts';

/**
 * Why a call to the Bot Framework connector (Teams' REST API for the bot's messages) failed. Declared here,
 * not in chat/teams which raises them, because cards explain them and no capability imports chat.
 */
export type TeamsConnectorErrorCode =
  | 'huntops_teams_throttled'
  | 'huntops_teams_connector_error'
  | 'huntops_teams_no_answer'
  | 'huntops_teams_connection_lost'
  | 'huntops_teams_bad_response'
  | 'huntops_teams_refused';

/** A failure huntops did not expect: no coded error reached the card. */
export const INTERNAL_ERROR_CODE = 'huntops_internal';

/**
 * Every code a coded error that can reach a chat answer carries: one union, one `huntops_` prefix. Each family
 * is declared by the folder that raises it; the error card explains each code by name (ERROR_EXPLANATIONS), so
 * a new code fails the type check until it has its plain words.
 */
export type HuntopsErrorCode =
  | BackendErrorCode
  | BlockProviderErrorCode
  | GuardrailConfigError['code']
  | HuntErrorCode
  | IntelErrorCode
  | ConfigError['code']
  | RemoteConfigError['code']
  | StoreError['code']
  | CardActionError['code']
  | TeamsConnectorErrorCode
  | typeof INTERNAL_ERROR_CODE;
