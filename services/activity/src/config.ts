import { baseConfigSchema } from '@emporium/service-kit';

/** The activity service needs only the settings every service has. */
export const activityConfigSchema = baseConfigSchema('activity');
