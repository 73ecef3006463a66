// Runs the order service: `node src/server.ts` (settings from the environment, see config.ts).
import { runService } from '@emporium/service-kit';
import { orderService } from './app.ts';
import { orderConfigSchema } from './config.ts';

await runService(orderService, orderConfigSchema);
