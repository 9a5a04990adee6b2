/**
 * Every failure the API can report on purpose. Adding a code without a mapping in `problemFor` fails type-checking,
 * so no error can reach a client as an accidental 500.
 */
export type ErrorCode =
  | 'validation_failed'
  | 'as_of_in_future'
  | 'period_out_of_order'
  | 'period_too_long'
  | 'unknown_partner'
  | 'unknown_program'
  | 'malformed_json'
  | 'malformed_address'
  | 'body_too_large'
  | 'unsupported_media_type'
  | 'not_signed_in'
  | 'csrf_header_missing'
  | 'forbidden'
  | 'not_found'
  | 'route_not_found'
  | 'invalid_credentials'
  | 'too_many_attempts'
  | 'stale_version'
  | 'email_taken'
  | 'last_admin'
  | 'partner_name_taken'
  | 'conflict'
  | 'assessment_link_used'
  | 'assessment_link_expired'
  | 'email_not_configured'
  | 'email_not_sent'
  | 'database_unavailable';

export interface ProblemShape {
  status: number;
  title: string;
}

export function problemFor(code: ErrorCode): ProblemShape {
  switch (code) {
    case 'validation_failed':
      return { status: 400, title: 'Some of the information needs correcting' };
    case 'as_of_in_future':
      return { status: 400, title: 'That day has not happened yet' };
    case 'period_out_of_order':
      return { status: 400, title: 'The period ends before it starts' };
    case 'period_too_long':
      return { status: 400, title: 'The period is too long' };
    case 'unknown_partner':
      return { status: 400, title: 'Some chosen partners do not exist' };
    case 'unknown_program':
      return { status: 400, title: 'Some chosen programs do not exist' };
    case 'malformed_json':
      return { status: 400, title: 'The request body is not valid JSON' };
    case 'malformed_address':
      return { status: 400, title: 'The address is not valid' };
    case 'body_too_large':
      return { status: 413, title: 'The request is too large' };
    case 'unsupported_media_type':
      return { status: 415, title: 'Send the request body as JSON' };
    case 'not_signed_in':
      return { status: 401, title: 'Sign in to continue' };
    case 'invalid_credentials':
      return { status: 401, title: 'Sign-in failed' };
    case 'csrf_header_missing':
      return { status: 403, title: 'Request refused' };
    case 'forbidden':
      return { status: 403, title: 'You do not have permission to do this' };
    case 'not_found':
      return { status: 404, title: 'Not found' };
    case 'route_not_found':
      return { status: 404, title: 'No such address' };
    case 'stale_version':
      return { status: 409, title: 'Someone else changed this first' };
    case 'email_taken':
      return { status: 409, title: 'That email address is already in use' };
    case 'last_admin':
      return { status: 409, title: 'The library needs at least one active administrator' };
    case 'partner_name_taken':
      return { status: 409, title: 'A partner with that name already exists' };
    case 'conflict':
      return { status: 409, title: 'This conflicts with existing information' };
    case 'assessment_link_used':
      return { status: 410, title: 'This link has already been used' };
    case 'assessment_link_expired':
      return { status: 410, title: 'This link has expired' };
    case 'email_not_configured':
      return { status: 409, title: 'Email is not set up' };
    case 'email_not_sent':
      return { status: 502, title: 'The email could not be sent' };
    case 'too_many_attempts':
      return { status: 429, title: 'Too many attempts' };
    case 'database_unavailable':
      return { status: 503, title: 'The database is not reachable' };
  }
}
