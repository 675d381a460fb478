import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';

export const TENANT = '11111111-2222-3333-4444-555555555555';
export const OTHER_TENANT = '99999999-8888-7777-6666-555555555555';
export const CLIENT_ID = '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d';
export const DOMAIN = 'planassistent-test.example.no';
export const APP_ID_URI = `api://${DOMAIN}/${CLIENT_ID}`;
const KID = 'test-key-1';

/**
 * A stand-in for Entra's key endpoint: an RSA key pair whose public half is served as a JWKS
 * on loopback (TAB_JWKS_URL), and tokens signed with it in the shape Teams SSO tokens have.
 */
export class LocalEntra {
  private server: http.Server | undefined;
  private privateKey!: CryptoKey;
  /** A second key that the JWKS does not publish, for forged tokens. */
  private forgerKey!: CryptoKey;
  /** How many times the key set was fetched. */
  fetches = 0;

  async start(): Promise<string> {
    const pair = await generateKeyPair('RS256');
    this.privateKey = pair.privateKey;
    this.forgerKey = (await generateKeyPair('RS256')).privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: KID, use: 'sig', alg: 'RS256' };
    this.server = http.createServer((req, res) => {
      this.fetches++;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/discovery/v2.0/keys`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  /** A v1 token as Teams' getAuthToken returns it; `claims` override or (with undefined) drop claims. */
  async token(now: Date, claims: Record<string, unknown> = {}, options: { forged?: boolean; noExp?: boolean } = {}): Promise<string> {
    const iat = Math.floor(now.getTime() / 1000);
    const base: JWTPayload = {
      aud: APP_ID_URI,
      iss: `https://sts.windows.net/${TENANT}/`,
      tid: TENANT,
      oid: '00000000-0000-0000-0000-000000000020',
      name: 'Kari Nordmann',
      scp: 'access_as_user',
      ver: '1.0',
      iat,
      nbf: iat,
      ...(options.noExp ? {} : { exp: iat + 3600 }),
    };
    const payload = Object.fromEntries(Object.entries({ ...base, ...claims }).filter(([, v]) => v !== undefined));
    return new SignJWT(payload).setProtectedHeader({ alg: 'RS256', kid: KID, typ: 'JWT' }).sign(options.forged ? this.forgerKey : this.privateKey);
  }
}
