import { baseConfigSchema } from '@emporium/service-kit';

/**
 * The reviews service needs only the settings every service has, including the URLs of the services it
 * calls (ORDER_SERVICE_URL, PRODUCT_SERVICE_URL, ACTIVITY_SERVICE_URL) and its SERVICE_KEY.
 */
export const reviewsConfigSchema = baseConfigSchema('reviews');
