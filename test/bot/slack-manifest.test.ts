import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';

interface Manifest {
  features: { slash_commands: { command: string; url: string }[]; app_home?: { messages_tab_enabled: boolean } };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { request_url: string; bot_events: string[] } };
}

describe('slack-app-manifest.json', () => {
  it('declares what the bot listens to: the command, mentions, DMs and thread follow-ups, and the scopes', async () => {
    const manifest = JSON.parse(await readFile('slack-app-manifest.json', 'utf8')) as Manifest;
    expect(manifest.features.slash_commands.map((command) => command.command)).toEqual([
      loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }).slack?.command,
    ]);
    // message.im: direct messages; message.channels/groups: follow-ups in threads the bot answered;
    // file_shared: a report file sent to the bot.
    expect(manifest.settings.event_subscriptions.bot_events).toEqual([
      'app_mention',
      'file_shared',
      'message.channels',
      'message.groups',
      'message.im',
    ]);
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([
      'app_mentions:read',
      'channels:history',
      'chat:write',
      'commands',
      'files:read', // report files sent to the bot are downloaded
      'files:write', // charts are uploaded as files
      'groups:history',
      'im:history',
    ]);
    // Without the messages tab, people cannot write to the bot directly.
    expect(manifest.features.app_home?.messages_tab_enabled).toBe(true);
    // bolt's HTTP receiver serves commands and events on /slack/events.
    expect(new URL(manifest.features.slash_commands[0]!.url).pathname).toBe('/slack/events');
    expect(new URL(manifest.settings.event_subscriptions.request_url).pathname).toBe('/slack/events');
  });
});
