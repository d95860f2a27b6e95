import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';

interface Manifest {
  features: { slash_commands: { command: string; url: string }[] };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { request_url: string; bot_events: string[] } };
}

describe('slack-app-manifest.json', () => {
  it('declares what the bot listens to: the default command, app_mention, and the scopes to reply', async () => {
    const manifest = JSON.parse(await readFile('slack-app-manifest.json', 'utf8')) as Manifest;
    expect(manifest.features.slash_commands.map((command) => command.command)).toEqual([
      loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }).slack?.command,
    ]);
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(['app_mention']);
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(['app_mentions:read', 'chat:write', 'commands']);
    // bolt's HTTP receiver serves commands and events on /slack/events.
    expect(new URL(manifest.features.slash_commands[0]!.url).pathname).toBe('/slack/events');
    expect(new URL(manifest.settings.event_subscriptions.request_url).pathname).toBe('/slack/events');
  });
});
