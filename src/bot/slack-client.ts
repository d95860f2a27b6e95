// One way to build the Slack Web API client, shared by the bolt app and the digest.
import { webApi } from '@slack/bolt';

/** Give up on a Slack call after a few quick retries: a chat reply that arrives an hour late is worse than none. */
export const SLACK_CLIENT_OPTIONS = {
  timeout: 10_000,
  retryConfig: { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 2000 },
} as const;

/** Options for bolt's `clientOptions` and for a standalone WebClient. */
export function slackClientOptions(apiUrl?: string): webApi.WebClientOptions {
  return {
    ...SLACK_CLIENT_OPTIONS,
    ...(apiUrl === undefined ? {} : { slackApiUrl: apiUrl }),
    logLevel: webApi.LogLevel.ERROR,
  };
}

/** A Web API client for sending outside a bolt event (the digest). */
export function createSlackWebClient(token: string, apiUrl?: string): webApi.WebClient {
  return new webApi.WebClient(token, slackClientOptions(apiUrl));
}
