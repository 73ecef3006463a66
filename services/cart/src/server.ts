// Runs the cart service: `node src/server.ts` (settings from the environment, see config.ts).
import { runService } from '@emporium/service-kit';
import { cartService } from './app.ts';
import { cartConfigSchema } from './config.ts';

await runService(cartService, cartConfigSchema);
