// WeCom's published encryption scheme (回调和回复的加解密方案), written again here with node:crypto and nothing
// from src/, so that the robot's tests build and read callbacks the way WeCom itself does.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/** The example in WeCom's documentation (加解密方案说明 → 举例说明): a URL verification for an enterprise app. */
export const DOCUMENTED_EXAMPLE = {
  token: 'QDG6eK',
  encodingAesKey: 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C',
  receiveId: 'wx5823bf96d3bd56c7',
  msgSignature: '5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3',
  timestamp: '1409659589',
  nonce: '263014780',
  echostr: 'P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==',
  echoPlaintext: '1616140317555161061',
} as const;

const keyOf = (encodingAesKey: string): Buffer => Buffer.from(`${encodingAesKey}=`, 'base64');

/** SHA-1 of the sorted token, timestamp, nonce and ciphertext, in hex. */
export function wecomSign(token: string, timestamp: string, nonce: string, ciphertext: string): string {
  return createHash('sha1').update([token, timestamp, nonce, ciphertext].sort().join('')).digest('hex');
}

/** random(16) + length(4, big-endian) + message + receiveid, PKCS#7-padded to 32 bytes, AES-256-CBC, base64. */
export function wecomEncrypt(
  encodingAesKey: string,
  message: string,
  receiveId = '',
  random = randomBytes(16),
): string {
  const body = Buffer.from(message, 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  const plain = Buffer.concat([random, length, body, Buffer.from(receiveId, 'utf8')]);
  const pad = 32 - (plain.length % 32);
  const key = keyOf(encodingAesKey);
  const cipher = createCipheriv('aes-256-cbc', key, key.subarray(0, 16)).setAutoPadding(false);
  return Buffer.concat([cipher.update(Buffer.concat([plain, Buffer.alloc(pad, pad)])), cipher.final()]).toString(
    'base64',
  );
}

/** The inverse of wecomEncrypt; throws on bad padding. */
export function wecomDecrypt(
  encodingAesKey: string,
  ciphertext: string,
): { message: string; receiveId: string; random: Buffer } {
  const key = keyOf(encodingAesKey);
  const decipher = createDecipheriv('aes-256-cbc', key, key.subarray(0, 16)).setAutoPadding(false);
  const padded = Buffer.concat([decipher.update(ciphertext, 'base64'), decipher.final()]);
  const pad = padded[padded.length - 1] ?? 0;
  if (pad < 1 || pad > 32) throw new Error(`bad PKCS#7 padding ${pad}`);
  const plain = padded.subarray(0, padded.length - pad);
  const length = plain.readUInt32BE(16);
  return {
    random: plain.subarray(0, 16),
    message: plain.subarray(20, 20 + length).toString('utf8'),
    receiveId: plain.subarray(20 + length).toString('utf8'),
  };
}

/** A robot's credentials for tests: a Token and a 43-character EncodingAESKey. */
export const ROBOT = {
  token: 'nianbao-robot-token',
  encodingAesKey: 'kWxPEV2UEDyxWpmPdKC3F4dgPDmOvfKX1HGnIsMw8zF',
} as const;

/** The query and body WeCom sends for one message callback (JSON, encrypted for a smart robot: receiveid ""). */
export function signedCallback(message: unknown, robot: { token: string; encodingAesKey: string } = ROBOT) {
  const encrypt = wecomEncrypt(robot.encodingAesKey, JSON.stringify(message));
  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = String(Math.floor(Math.random() * 1e9));
  const signature = wecomSign(robot.token, timestamp, nonce, encrypt);
  const query = `msg_signature=${signature}&timestamp=${timestamp}&nonce=${nonce}`;
  return { query, body: JSON.stringify({ encrypt }) };
}

/** The query of a URL verification GET for `plaintext`, URL-encoded as WeCom sends it. */
export function signedVerification(
  plaintext: string,
  robot: { token: string; encodingAesKey: string } = ROBOT,
): string {
  const echostr = wecomEncrypt(robot.encodingAesKey, plaintext);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = '1372623149';
  const signature = wecomSign(robot.token, timestamp, nonce, echostr);
  return `msg_signature=${signature}&timestamp=${timestamp}&nonce=${nonce}&echostr=${encodeURIComponent(echostr)}`;
}

/** Reads an encrypted passive reply as WeCom would: checks its signature, decrypts, parses the JSON. */
export function readReply(
  body: { encrypt: string; msgsignature: string; timestamp: string; nonce: string },
  robot: { token: string; encodingAesKey: string } = ROBOT,
): {
  signatureOk: boolean;
  receiveId: string;
  reply: { msgtype: string; stream?: { id: string; finish: boolean; content: string } };
} {
  const signatureOk = wecomSign(robot.token, body.timestamp, body.nonce, body.encrypt) === body.msgsignature;
  const { message, receiveId } = wecomDecrypt(robot.encodingAesKey, body.encrypt);
  return { signatureOk, receiveId, reply: JSON.parse(message) };
}

/** A group text message as WeCom pushes it (接收消息 → 文本消息). */
export function groupText(content: string, overrides: Record<string, unknown> = {}) {
  return {
    msgid: `msg-${Math.random()}`,
    aibotid: 'AIBOTID',
    chatid: 'wrkSFfCgAAtest',
    chattype: 'group',
    from: { userid: 'zhangsan' },
    response_url: 'http://127.0.0.1:9/unused',
    msgtype: 'text',
    text: { content },
    ...overrides,
  };
}
