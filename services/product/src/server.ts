// Runs the product service: `node src/server.ts` (settings from the environment, see config.ts).
import { runService } from '@emporium/service-kit';
import { productService } from './app.ts';
import { productConfigSchema } from './config.ts';

await runService(productService, productConfigSchema);
