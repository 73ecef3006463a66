// Runs the activity service: `node src/server.ts` (settings from the environment, see config.ts).
import { runService } from '@emporium/service-kit';
import { activityService } from './app.ts';
import { activityConfigSchema } from './config.ts';

await runService(activityService, activityConfigSchema);
