// Runs the reviews service: `node src/server.ts` (settings from the environment, see config.ts).
import { runService } from '@emporium/service-kit';
import { reviewsService } from './app.ts';
import { reviewsConfigSchema } from './config.ts';

await runService(reviewsService, reviewsConfigSchema);
