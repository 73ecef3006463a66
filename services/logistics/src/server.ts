// Runs the logistics service: `node src/server.ts` (settings from the environment, see config.ts).
import { runService } from '@emporium/service-kit';
import { logisticsService } from './app.ts';
import { logisticsConfigSchema } from './config.ts';

await runService(logisticsService, logisticsConfigSchema);
