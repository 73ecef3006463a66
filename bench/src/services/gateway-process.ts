/**
 * The local gateway as its own process, set up as packages/local-platform/src/platform.ts sets it up
 * (createGateway over the repository's mfes, service URLs of this run, request logging off as there),
 * for the gateway benchmark: `node gateway-process.ts` with PORT and PRODUCT_SERVICE_URL in the environment.
 */
import { join } from 'node:path';
import { repoRoot } from '@emporium/embedded-db';
import { createGateway } from '@emporium/gateway';

const productUrl = process.env.PRODUCT_SERVICE_URL;
if (!productUrl) throw new Error('PRODUCT_SERVICE_URL must be set');
const gateway = await createGateway({
  mfesDir: join(repoRoot(), 'mfes'),
  serviceUrls: (name, port) => [name === 'product' ? productUrl : `http://127.0.0.1:${port}`],
  logger: { level: process.env.LOG_LEVEL ?? 'info' },
});
await gateway.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });
process.on('SIGTERM', () => void gateway.close().finally(() => process.exit(0)));
