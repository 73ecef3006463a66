import { baseConfigSchema } from '@emporium/service-kit';

/**
 * The cart service needs only the settings every service has, including the URLs of the services it
 * calls (PRODUCT_SERVICE_URL, LOGISTICS_SERVICE_URL, ORDER_SERVICE_URL, ACTIVITY_SERVICE_URL) and its
 * SERVICE_KEY.
 */
export const cartConfigSchema = baseConfigSchema('cart');
