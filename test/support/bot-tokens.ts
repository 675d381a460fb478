import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { PUBLIC, withOverrides, type CloudEnvironment } from '@microsoft/teams.api';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * A local stand-in for the Bot Framework's token issuer: an RSA key, its JWKS served over HTTP
 * where the SDK's validator fetches keys, and RS256 tokens signed with it. Point the validator
 * at it with `cloud`.
 */
export class BotTokenIssuer {
  private readonly key = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  // No chaining on writeHead: restify, loaded by other tests, patches it to return nothing.
  private readonly server = http.createServer((req, res) => {
    if (req.url !== '/v1/.well-known/keys') {
      res.statusCode = 404;
      res.end();
      return;
    }
    const jwk = { ...this.key.publicKey.export({ format: 'jwk' }), kid: this.kid, use: 'sig', alg: 'RS256' };
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  readonly kid = 'test-signing-key';
  /** The public cloud, but with this issuer's key set. Valid after start(). */
  cloud: CloudEnvironment = PUBLIC;

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.cloud = withOverrides(PUBLIC, { openIdMetadataUrl: `http://127.0.0.1:${port}/v1/.well-known/openidconfiguration` });
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** A signed token with these claims, as the Bot Framework would send it for `clientId`. */
  sign(claims: Record<string, unknown>, signer: crypto.KeyObject = this.key.privateKey): string {
    const data = `${b64({ alg: 'RS256', typ: 'JWT', kid: this.kid })}.${b64(claims)}`;
    return `${data}.${crypto.sign('RSA-SHA256', Buffer.from(data), signer).toString('base64url')}`;
  }

  /** The claims of a good token, `exp` an hour after `nowSeconds`. */
  claims(clientId: string, serviceUrl: string, nowSeconds = Math.floor(Date.now() / 1000)): Record<string, unknown> {
    return { iss: PUBLIC.tokenIssuer, aud: clientId, serviceurl: serviceUrl, nbf: nowSeconds - 60, iat: nowSeconds - 60, exp: nowSeconds + 3600 };
  }
}
