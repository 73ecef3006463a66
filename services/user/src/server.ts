// Runs the user service: `node src/server.ts` (settings from the environment, see config.ts).
import { runService } from '@emporium/service-kit';
import { userService } from './app.ts';
import { userConfigSchema } from './config.ts';

await runService(userService, userConfigSchema);
