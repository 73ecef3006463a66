import { baseConfigSchema } from '@emporium/service-kit';

/** The content service needs only the settings every service has. */
export const contentConfigSchema = baseConfigSchema('content');
