import { baseConfigSchema } from '@emporium/service-kit';

/** The product service needs only the settings every service has. */
export const productConfigSchema = baseConfigSchema('product');
