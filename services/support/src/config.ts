import { baseConfigSchema } from '@emporium/service-kit';

/**
 * The support service needs only the settings every service has; CONTENT_SERVICE_URL (help-center search)
 * and ACTIVITY_SERVICE_URL (events) come with them, from the registry's `calls`.
 */
export const supportConfigSchema = baseConfigSchema('support');
