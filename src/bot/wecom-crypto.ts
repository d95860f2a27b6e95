// WeCom's callback encryption (回调和回复的加解密方案), through the official @wecom/crypto: AES-256-CBC with the
// key base64(EncodingAESKey + "="), IV its first 16 bytes, PKCS#7 to 32 bytes; the plaintext is 16 random
// bytes, the message length (4 bytes, big-endian), the message, and the receiveid ("" for a smart robot).
// The signature is SHA-1 over the sorted token, timestamp, nonce and ciphertext.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { decrypt, encrypt, getSignature } from '@wecom/crypto';

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
 * or length that do not add up, or another receiveid (the package itself checks none of these).
 */
export function decryptWecom(aesKey: string, ciphertext: string, receiveId = SMART_ROBOT_RECEIVE_ID): string {
  const bytes = Buffer.from(ciphertext, 'base64');
  if (bytes.length === 0 || bytes.length % 16 !== 0) throw new Error('ciphertext is not whole AES blocks');
  const { message, id } = decrypt(aesKey, ciphertext);
  // What is left besides random, length, message and receiveid must be the 1–32 bytes of PKCS#7 padding;
  // a wrong key or a forged length leaves something else (and undecodable UTF-8 changes the byte count).
  const padding = bytes.length - 20 - Buffer.byteLength(message) - Buffer.byteLength(id);
  if (padding < 1 || padding > 32 || id !== receiveId) {
    throw new Error('ciphertext does not decrypt to a message for this robot');
  }
  return message;
}

/** Encrypts a reply for WeCom (a fresh random prefix each time). */
export function encryptWecom(aesKey: string, message: string, receiveId = SMART_ROBOT_RECEIVE_ID): string {
  return encrypt(aesKey, message, receiveId, randomBytes(16));
}
