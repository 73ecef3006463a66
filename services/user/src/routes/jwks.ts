import { ErrorResponse } from '@emporium/service-kit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { publicJwks, type SigningKeyStore } from '../tokens/key-ring.ts';

const Jwks = Type.Object({
  keys: Type.Array(
    Type.Object({
      kty: Type.Literal('OKP'),
      crv: Type.Literal('Ed25519'),
      x: Type.String(),
      kid: Type.String(),
      alg: Type.Literal('EdDSA'),
      use: Type.Literal('sig'),
    }),
  ),
});

export const jwksRoutes: FastifyPluginAsyncTypebox<{ keys: SigningKeyStore }> = async (app, { keys }) => {
  app.get(
    '/.well-known/jwks.json',
    {
      logLevel: 'warn',
      schema: {
        tags: ['keys'],
        summary: 'The public keys that verify access tokens (JWKS)',
        description:
          'Every service verifies access tokens locally against this set. It may be cached for five minutes; ' +
          'a token whose kid is not in a cached copy is the signal to fetch it again.',
        response: { 200: Jwks, 503: ErrorResponse },
      },
    },
    async (_request, reply) =>
      reply.header('cache-control', 'public, max-age=300').send(publicJwks(await keys.ring())),
  );
};
