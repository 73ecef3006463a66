// Runs the support service: `node src/server.ts` (settings from the environment, see config.ts).
import { runService } from '@emporium/service-kit';
import { supportService } from './app.ts';
import { supportConfigSchema } from './config.ts';

await runService(supportService, supportConfigSchema);
