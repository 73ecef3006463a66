// Runs the content service: `node src/server.ts` (settings from the environment, see config.ts).
import { runService } from '@emporium/service-kit';
import { contentService } from './app.ts';
import { contentConfigSchema } from './config.ts';

await runService(contentService, contentConfigSchema);
