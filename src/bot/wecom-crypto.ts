// WeCom's callback encryption (回调和回复的加解密方案), through the official @wecom/crypto: AES-256-CBC with the
// key base64(EncodingAESKey + "="), IV its first 16 bytes, PKCS#7 to 32 bytes; the plaintext is 16 random
// bytes, the message length (4 bytes, big-endian), the message, and the receiveid ("" for a smart robot).
// The signature is SHA-1 over the sorted token, timestamp, nonce and ciphertext. Decryption is done here with
// node:crypto because the package checks neither the padding nor the length, so a wrong key could pass by chance.
import { createDecipheriv, randomBytes, timingSafeEqual } from 'node:crypto';
import { encrypt, getSignature } from '@wecom/crypto';

/** A smart robot's receiveid is empty (企业内部智能机器人场景中，ReceiveId为""). */
export const SMART_ROBOT_RECEIVE_ID = '';

/** The msg_signature WeCom computes over a ciphertext. */
export function signWecom(token: string, timestamp: string, nonce: string, ciphertext: string): string {
  return getSignature(token, timestamp, nonce, ciphertext);
}

/** Whether `signature` is the one `token` gives these values (compared in constant time). */
export function isWecomSignatureValid(
  token: string,
  query: { signature: string; timestamp: string; nonce: string; ciphertext: string },
): boolean {
  const expected = Buffer.from(signWecom(token, query.timestamp, query.nonce, query.ciphertext));
  const given = Buffer.from(query.signature.toLowerCase());
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/**
 * The message inside a ciphertext. Throws when it is not one of ours: not base64 of whole AES blocks, padding
 * that is not PKCS#7, a length that does not end exactly at the receiveid, another receiveid, or bytes that are
 * not UTF-8. A wrong key passes all of these with a chance of about 2^-40.
 */
export function decryptWecom(aesKey: string, ciphertext: string, receiveId = SMART_ROBOT_RECEIVE_ID): string {
  const bytes = Buffer.from(ciphertext, 'base64');
  if (bytes.length === 0 || bytes.length % 16 !== 0) throw new Error('ciphertext is not whole AES blocks');
  const key = Buffer.from(`${aesKey}=`, 'base64');
  if (key.length !== 32) throw new Error('EncodingAESKey is not 43 base64 characters');
  const decipher = createDecipheriv('aes-256-cbc', key, key.subarray(0, 16)).setAutoPadding(false);
  const plain = Buffer.concat([decipher.update(bytes), decipher.final()]);
  const message = readPlaintext(plain, receiveId);
  if (message === undefined) throw new Error('ciphertext does not decrypt to a message for this robot');
  return message;
}

/** random (16) · length (4, big-endian) · message · receiveid · PKCS#7 padding (1–32 bytes of its own length). */
function readPlaintext(plain: Buffer, receiveId: string): string | undefined {
  const padding = plain[plain.length - 1] ?? 0;
  if (padding < 1 || padding > 32 || padding > plain.length) return undefined;
  if (!plain.subarray(plain.length - padding).every((byte) => byte === padding)) return undefined;
  const body = plain.subarray(0, plain.length - padding);
  if (body.length < 20) return undefined;
  const end = 20 + body.readUInt32BE(16);
  if (end > body.length || !body.subarray(end).equals(Buffer.from(receiveId))) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body.subarray(20, end));
  } catch {
    return undefined;
  }
}

/** Encrypts a reply for WeCom (a fresh random prefix each time). */
export function encryptWecom(aesKey: string, message: string, receiveId = SMART_ROBOT_RECEIVE_ID): string {
  return encrypt(aesKey, message, receiveId, randomBytes(16));
}
